/** One flow: its details, actions and versions (open in editor, publish, compare). */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useEffect, useRef } from 'react';
import { formatTime } from '@/app/features/launch/history';
import { useStudio, useStudioApi } from '@/app/store/context';
import { hasUnsavedChanges } from '@/app/store/flow-slice';
import type { FlowSummary, VersionSummary } from './api/schemas';
import { fetchVersion, openInEditor, publish } from './commands';
import { CompareVersions } from './compare-versions';
import { FlowMenu } from './flow-menu';
import { useFlows, useFlowsApi } from './flows-store';

function VersionRow({
  flow,
  version,
  highlighted,
}: {
  flow: FlowSummary;
  version: VersionSummary;
  highlighted: boolean;
}) {
  const studio = useStudioApi();
  const flows = useFlowsApi();
  const n = version.number;
  const inEditor = useStudio((s) => s.flow?.id === flow.id && s.flow.version === n);
  const modified = useStudio(hasUnsavedChanges);
  const row = useRef<HTMLTableRowElement>(null);
  useEffect(() => {
    if (highlighted) row.current?.scrollIntoView({ block: 'nearest' });
  }, [highlighted]);
  const compareWithDraft = async () => {
    const v = await fetchVersion(studio, flows, flow.id, n);
    if (!v) return;
    flows.getState().compare({
      title: `Compare ${flow.name} v${n} with the draft`,
      a: { label: `v${n}`, spec: v.spec },
      b: { label: 'the draft', spec: studio.getState().spec },
    });
  };
  return (
    <TableRow ref={row} selected={highlighted} hover>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          v{n}
        </Typography>
        <Typography variant="caption" color="text.secondary">
          {formatTime(version.created_at)}
        </Typography>
      </TableCell>
      <TableCell sx={{ overflowWrap: 'anywhere', minWidth: 140 }}>
        {version.message || (
          <Typography variant="body2" component="span" color="text.secondary">
            No message
          </Typography>
        )}
        <Box
          sx={{
            display: 'flex',
            gap: 0.5,
            flexWrap: 'wrap',
            mt: version.published || inEditor ? 0.5 : 0,
          }}
        >
          {version.published && (
            <Chip size="small" color="success" variant="outlined" label="published" />
          )}
          {inEditor && (
            <Chip
              size="small"
              color="primary"
              variant="outlined"
              label={modified ? 'in the editor, changed' : 'in the editor'}
            />
          )}
        </Box>
      </TableCell>
      <TableCell align="right">{version.launch_count}</TableCell>
      <TableCell>
        <Box
          sx={{
            display: 'flex',
            flexWrap: 'wrap',
            '& .MuiButton-root': { whiteSpace: 'nowrap', minWidth: 0, px: 0.75 },
          }}
        >
          <Button
            size="small"
            aria-label={`Open in editor (v${n})`}
            onClick={() => void openInEditor(studio, flows, flow, n)}
          >
            Open in editor
          </Button>
          <Button
            size="small"
            aria-label={`${version.published ? 'Unpublish' : 'Publish'} (v${n})`}
            onClick={() => void publish(studio, flows, flow, version.published ? null : n)}
          >
            {version.published ? 'Unpublish' : 'Publish'}
          </Button>
          <Button
            size="small"
            aria-label={`Compare with draft (v${n})`}
            onClick={() => void compareWithDraft()}
          >
            Compare with draft
          </Button>
        </Box>
      </TableCell>
    </TableRow>
  );
}

export function FlowDetail() {
  const flows = useFlowsApi();
  const detail = useFlows((s) => s.detail);
  const highlight = useFlows((s) => s.highlight);
  const back = (
    <Button
      size="small"
      onClick={() => flows.getState().closeFlow()}
      sx={{ alignSelf: 'flex-start' }}
    >
      ← All flows
    </Button>
  );
  if (!detail?.data)
    return (
      <Box sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 1 }}>
        {back}
        {detail?.status === 'error' ? (
          <Alert severity="error">Could not load the flow: {detail.message}</Alert>
        ) : (
          <Typography variant="body2">Loading the flow…</Typography>
        )}
      </Box>
    );
  const { flow, versions } = detail.data;
  return (
    <Box sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 1.5 }}>
      {back}
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Typography variant="h6" component="h2" sx={{ overflowWrap: 'anywhere' }}>
          {flow.name}
        </Typography>
        {flow.archived_at !== null && <Chip size="small" variant="outlined" label="archived" />}
        <Box sx={{ flex: 1 }} />
        <FlowMenu flow={flow} />
      </Box>
      {flow.description && (
        <Typography variant="body2" color="text.secondary">
          {flow.description}
        </Typography>
      )}
      <Typography variant="caption" color="text.secondary">
        Created {formatTime(flow.created_at)} ·{' '}
        {flow.published_version === null
          ? 'no published version'
          : `v${flow.published_version} published`}
      </Typography>
      {versions.length > 1 && <CompareVersions key={flow.id} flow={flow} versions={versions} />}
      {detail.status === 'error' && (
        <Alert severity="warning">Could not refresh: {detail.message}</Alert>
      )}
      <Paper variant="outlined" sx={{ overflowX: 'auto' }}>
        <Table
          size="small"
          aria-label={`Versions of ${flow.name}`}
          sx={{
            '& td, & th': { px: 1, verticalAlign: 'top' },
            '& td:first-of-type, & th:first-of-type': { pl: 1.5 },
          }}
        >
          <TableHead>
            <TableRow>
              <TableCell>Version</TableCell>
              <TableCell>Message</TableCell>
              <TableCell align="right">Launches</TableCell>
              <TableCell>Actions</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {versions.map((v) => (
              <VersionRow
                key={v.number}
                flow={flow}
                version={v}
                highlighted={v.number === highlight}
              />
            ))}
          </TableBody>
        </Table>
      </Paper>
    </Box>
  );
}
