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
import { formatTime } from '@/app/features/launch/history';
import { CompareVersions } from './compare-versions';
import { FlowMenu } from './flow-menu';
import { useFlows, useFlowsApi } from './flows-store';
import { useNarrow } from './use-narrow';
import { VersionRow } from './version-row';

/** Narrower than this, a version's actions go on a row of their own. */
const COMPACT_BELOW = 560;

export function FlowDetail() {
  const flows = useFlowsApi();
  const detail = useFlows((s) => s.detail);
  const highlight = useFlows((s) => s.highlight);
  const [box, compact] = useNarrow<HTMLDivElement>(COMPACT_BELOW);
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
      <Paper ref={box} variant="outlined" sx={{ overflowX: 'auto' }}>
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
              {!compact && <TableCell>Actions</TableCell>}
            </TableRow>
          </TableHead>
          <TableBody>
            {versions.map((v) => (
              <VersionRow
                key={v.number}
                flow={flow}
                version={v}
                highlighted={v.number === highlight}
                compact={compact}
              />
            ))}
          </TableBody>
        </Table>
      </Paper>
    </Box>
  );
}
