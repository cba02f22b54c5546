/** The flow library: search, show archived, create (draft, template, import), compare files, export. */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import Link from '@mui/material/Link';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useMemo, useState } from 'react';
import { formatTime } from '@/app/features/launch/history';
import { useStudio } from '@/app/store/context';
import { exportUrl } from './api/client';
import type { FlowSummary } from './api/schemas';
import { CompareFilesDialog } from './compare-files-dialog';
import { FlowMenu } from './flow-menu';
import { useFlows, useFlowsApi } from './flows-store';
import { ImportFlowsDialog } from './import-dialog';
import { TemplateFlowDialog } from './template-flow-dialog';

type Open = 'template' | 'import' | 'compare' | null;

/** Flows whose name or description contains every word of the query (any case). */
export function matchFlows(flows: readonly FlowSummary[], query: string): FlowSummary[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return flows.filter((f) => {
    const text = `${f.name} ${f.description}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
}

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

function FlowRow({ flow, tracked }: { flow: FlowSummary; tracked: boolean }) {
  const flows = useFlowsApi();
  return (
    <Box
      component="li"
      sx={{
        display: 'flex',
        alignItems: 'center',
        gap: 1,
        px: 1.5,
        py: 1,
        borderBottom: 1,
        borderColor: 'divider',
      }}
    >
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
          <Link
            component="button"
            variant="subtitle1"
            onClick={() => flows.getState().openFlow(flow.id)}
            sx={{ fontWeight: 600, textAlign: 'left' }}
          >
            {flow.name}
          </Link>
          {flow.published_version !== null && (
            <Chip
              size="small"
              color="success"
              variant="outlined"
              label={`v${flow.published_version} published`}
            />
          )}
          {flow.archived_at !== null && <Chip size="small" variant="outlined" label="archived" />}
          {tracked && (
            <Chip size="small" color="primary" variant="outlined" label="in the editor" />
          )}
        </Box>
        {flow.description && (
          <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
            {flow.description}
          </Typography>
        )}
        <Typography variant="caption" color="text.secondary">
          v{flow.latest_version} · {flow.version_count} version{flow.version_count === 1 ? '' : 's'}{' '}
          · updated {formatTime(flow.updated_at)}
        </Typography>
      </Box>
      <FlowMenu flow={flow} />
    </Box>
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
          <Paper variant="outlined">
            <Box component="ul" aria-label="Saved flows" sx={{ listStyle: 'none', m: 0, p: 0 }}>
              {shown.map((f) => (
                <FlowRow key={f.id} flow={f} tracked={f.id === trackedId} />
              ))}
            </Box>
          </Paper>
        </>
      )}
      {dialog === 'template' && <TemplateFlowDialog onClose={() => setDialog(null)} />}
      {dialog === 'import' && <ImportFlowsDialog onClose={() => setDialog(null)} />}
      {dialog === 'compare' && <CompareFilesDialog onClose={() => setDialog(null)} />}
    </Box>
  );
}
