/** Past launches, newest first: when, what the spec asked for, state, notifications; open or delete. */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useEffect, useMemo, useState } from 'react';
import { showFlowVersion } from '@/app/features/flows/commands';
import { useFlowsApi } from '@/app/features/flows/flows-store';
import { useStudioApi } from '@/app/store/context';
import type { LaunchFlow } from './api/schemas';
import { DeleteSessionButton } from './delete-session-button';
import { formatTime, launchState, launchSummary, shortId } from './history';
import { countBySession } from './inbox';
import { useLaunch, useLaunchApi } from './launch-store';
import { ValueChip } from './value-chip';

const PAGE = 20;

/** "Onboarding v3" (or "… v3 + unsaved changes"): opens that flow's versions in the Flows view. */
function FlowLink({ flow }: { flow: LaunchFlow }) {
  const studio = useStudioApi();
  const flows = useFlowsApi();
  const label = `${flow.name} v${flow.version}${flow.modified ? ' + unsaved changes' : ''}`;
  return (
    <Link
      component="button"
      variant="body2"
      onClick={() => showFlowVersion(studio, flows, flow.id, flow.version)}
      aria-label={`${label}: show this flow's versions`}
      sx={{ display: 'block', textAlign: 'left', fontWeight: 600 }}
    >
      {label}
    </Link>
  );
}

export function HistoryView() {
  const history = useLaunch((s) => s.history);
  const results = useLaunch((s) => s.results);
  const selectedId = useLaunch((s) => s.selectedId);
  const inbox = useLaunch((s) => s.inbox.data);
  const store = useLaunchApi();
  const [shown, setShown] = useState(PAGE);
  const counts = useMemo(() => countBySession(inbox ?? []), [inbox]);
  const rows = useMemo(() => (history.data ?? []).slice(0, shown), [history.data, shown]);

  // The list has no states: read each shown session that still exists.
  useEffect(() => {
    store
      .getState()
      .ensureResults(rows.filter((l) => l.deleted_at === null).map((l) => l.session_id));
  }, [rows, store]);

  if (history.status === 'error' && !history.data)
    return <Alert severity="error">{history.message}</Alert>;
  if (!history.data) return <Typography variant="body2">Loading the launch history…</Typography>;
  if (history.data.length === 0)
    return (
      <Typography variant="body2" color="text.secondary" sx={{ textAlign: 'center', py: 6 }}>
        No sessions launched yet.
      </Typography>
    );
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 1 }}>
      <Paper variant="outlined" sx={{ overflowX: 'auto' }}>
        <Table size="small" aria-label="Launch history">
          <TableHead>
            <TableRow>
              <TableCell>Launched</TableCell>
              <TableCell>Spec</TableCell>
              <TableCell>State</TableCell>
              <TableCell align="right">Notifications</TableCell>
              <TableCell>
                <Box
                  component="span"
                  sx={{
                    position: 'absolute',
                    width: 1,
                    height: 1,
                    overflow: 'hidden',
                    clip: 'rect(0 0 0 0)',
                  }}
                >
                  Actions
                </Box>
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((launch) => {
              const id = launch.session_id;
              return (
                <TableRow key={id} selected={id === selectedId} hover>
                  <TableCell>
                    <Link
                      component="button"
                      variant="body2"
                      onClick={() => store.getState().select(id)}
                      aria-label={`Open session ${shortId(id)}, launched ${formatTime(launch.created_at)}`}
                      sx={{ textAlign: 'left', whiteSpace: 'nowrap' }}
                    >
                      {formatTime(launch.created_at)}
                    </Link>
                    <Typography
                      variant="caption"
                      color="text.secondary"
                      sx={{ display: 'block', fontFamily: 'monospace' }}
                    >
                      {shortId(id)}
                    </Typography>
                  </TableCell>
                  <TableCell>
                    {launch.flow && <FlowLink flow={launch.flow} />}
                    {launchSummary(launch)}
                  </TableCell>
                  <TableCell>
                    <ValueChip value={launchState(launch, results[id])} />
                  </TableCell>
                  <TableCell align="right">{counts.get(id) ?? 0}</TableCell>
                  <TableCell padding="checkbox">
                    {launch.deleted_at === null && (
                      <DeleteSessionButton
                        sessionId={id}
                        label={`Delete session ${shortId(id)}`}
                        compact
                      />
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </Paper>
      {history.data.length > shown && (
        <Button onClick={() => setShown(shown + PAGE)} sx={{ justifySelf: 'center' }}>
          Show {Math.min(PAGE, history.data.length - shown)} more
        </Button>
      )}
    </Box>
  );
}
