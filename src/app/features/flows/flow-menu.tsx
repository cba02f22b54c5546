/** A flow's actions in a menu (library rows) and the dialogs they open. */
import Button from '@mui/material/Button';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Divider from '@mui/material/Divider';
import { useId, useState } from 'react';
import { useStudioApi } from '@/app/store/context';
import { exportUrl } from './api/client';
import type { FlowSummary } from './api/schemas';
import { duplicate, setArchived } from './commands';
import { DeleteFlowDialog, EditDetailsDialog } from './flow-dialogs';
import { useFlowsApi } from './flows-store';

type Open = 'details' | 'delete' | null;

/** "Actions for <name>": edit details, duplicate, export, archive or restore, delete. */
export function FlowMenu({ flow }: { flow: FlowSummary }) {
  const studio = useStudioApi();
  const flows = useFlowsApi();
  const menuId = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [dialog, setDialog] = useState<Open>(null);
  const close = () => setAnchor(null);
  const run = (fn: () => void) => () => {
    close();
    fn();
  };
  const archived = flow.archived_at !== null;
  return (
    <>
      <Button
        size="small"
        aria-label={`Actions for ${flow.name}`}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(e) => setAnchor(e.currentTarget)}
      >
        Actions
      </Button>
      <Menu id={menuId} anchorEl={anchor} open={anchor !== null} onClose={close}>
        <MenuItem onClick={run(() => setDialog('details'))}>Edit name and description…</MenuItem>
        <MenuItem onClick={run(() => void duplicate(studio, flows, flow))}>Duplicate</MenuItem>
        <MenuItem component="a" href={exportUrl(flow.id, true)} download onClick={close}>
          Export with history
        </MenuItem>
        <MenuItem component="a" href={exportUrl(flow.id, false)} download onClick={close}>
          Export latest version only
        </MenuItem>
        <Divider />
        <MenuItem onClick={run(() => void setArchived(studio, flows, flow, !archived))}>
          {archived ? 'Restore from archive' : 'Archive'}
        </MenuItem>
        {archived && (
          <MenuItem onClick={run(() => setDialog('delete'))} sx={{ color: 'error.main' }}>
            Delete permanently…
          </MenuItem>
        )}
      </Menu>
      {dialog === 'details' && <EditDetailsDialog flow={flow} onClose={() => setDialog(null)} />}
      {dialog === 'delete' && <DeleteFlowDialog flow={flow} onClose={() => setDialog(null)} />}
    </>
  );
}
