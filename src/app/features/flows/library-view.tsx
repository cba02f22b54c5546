/** The flow library: search, show archived, create (draft, template, import), compare files, export. */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useMemo, useState } from 'react';
import { useStudio } from '@/app/store/context';
import { exportUrl } from './api/client';
import { CompareFilesDialog } from './compare-files-dialog';
import { FlowRow, matchFlows } from './flow-row';
import { useFlows, useFlowsApi } from './flows-store';
import { ImportFlowsDialog } from './import-dialog';
import { TemplateFlowDialog } from './template-flow-dialog';

type Open = 'template' | 'import' | 'compare' | null;

function NewFlowMenu({ onOpen }: { onOpen: (d: Open) => void }) {
  const flows = useFlowsApi();
  const menuId = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const pick = (fn: () => void) => () => {
    setAnchor(null);
    fn();
  };
  return (
    <>
      <Button
        variant="contained"
        size="small"
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(e) => setAnchor(e.currentTarget)}
      >
        New flow
      </Button>
      <Menu id={menuId} anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        <MenuItem onClick={pick(() => flows.getState().setSaveOpen('new'))}>
          From the current draft…
        </MenuItem>
        <MenuItem onClick={pick(() => onOpen('template'))}>From a template…</MenuItem>
        <MenuItem onClick={pick(() => onOpen('import'))}>Import files…</MenuItem>
      </Menu>
    </>
  );
}

export function LibraryView() {
  const flows = useFlowsApi();
  const library = useFlows((s) => s.library);
  const query = useFlows((s) => s.query);
  const showArchived = useFlows((s) => s.showArchived);
  const trackedId = useStudio((s) => s.flow?.id);
  const [dialog, setDialog] = useState<Open>(null);
  const shown = useMemo(() => matchFlows(library.data ?? [], query), [library.data, query]);
  const total = library.data?.length ?? 0;

  return (
    <Box sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 1.5 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Typography variant="h6" component="h2" sx={{ flex: 1 }}>
          Flows
        </Typography>
        <NewFlowMenu onOpen={setDialog} />
        <Button size="small" variant="outlined" onClick={() => setDialog('compare')}>
          Compare two spec files…
        </Button>
        <Button size="small" variant="outlined" href={exportUrl()} download>
          Export library
        </Button>
      </Box>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <TextField
          type="search"
          size="small"
          label="Search flows"
          value={query}
          onChange={(e) => flows.getState().setQuery(e.target.value)}
          sx={{ flex: 1, minWidth: 200 }}
        />
        <FormControlLabel
          control={
            <Switch
              checked={showArchived}
              onChange={(e) => flows.getState().setShowArchived(e.target.checked)}
            />
          }
          label="Show archived"
        />
      </Box>
      {library.status === 'error' && (
        <Alert
          severity="error"
          action={
            <Button color="inherit" size="small" onClick={() => void flows.getState().refresh()}>
              Retry
            </Button>
          }
        >
          Could not load the flows: {library.message}
        </Alert>
      )}
      {!library.data && library.status === 'loading' && (
        <Typography variant="body2">Loading the flows…</Typography>
      )}
      {library.data && total === 0 && (
        <Typography variant="body2" color="text.secondary" sx={{ textAlign: 'center', py: 4 }}>
          No saved flows yet. Save the draft as a flow (Save version in the header), start from a
          template, or import flow files.
        </Typography>
      )}
      {total > 0 && (
        <>
          <Typography variant="caption" color="text.secondary" role="status">
            {shown.length === total
              ? `${total} flow${total === 1 ? '' : 's'}`
              : `${shown.length} of ${total} flows match`}
          </Typography>
          {shown.length === 0 ? (
            <Typography variant="body2" color="text.secondary" sx={{ textAlign: 'center', py: 3 }}>
              No flow's name or description contains "{query.trim()}".
            </Typography>
          ) : (
            <Paper variant="outlined">
              <Box component="ul" aria-label="Saved flows" sx={{ listStyle: 'none', m: 0, p: 0 }}>
                {shown.map((f) => (
                  <FlowRow key={f.id} flow={f} tracked={f.id === trackedId} />
                ))}
              </Box>
            </Paper>
          )}
        </>
      )}
      {dialog === 'template' && <TemplateFlowDialog onClose={() => setDialog(null)} />}
      {dialog === 'import' && <ImportFlowsDialog onClose={() => setDialog(null)} />}
      {dialog === 'compare' && <CompareFilesDialog onClose={() => setDialog(null)} />}
    </Box>
  );
}
