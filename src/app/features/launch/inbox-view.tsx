/** Every delivery the server's receiver recorded, grouped by session, updated live. */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { DeliveryList } from './delivery-list';
import { launchSummary, shortId } from './history';
import { groupBySession } from './inbox';
import { useLaunch, useLaunchApi } from './launch-store';
import { PanelCard } from './panel-card';

export function InboxView() {
  const inbox = useLaunch((s) => s.inbox);
  const history = useLaunch((s) => s.history.data);
  const store = useLaunchApi();
  const groups = useMemo(() => groupBySession(inbox.data ?? []), [inbox.data]);
  const launches = useMemo(() => new Map((history ?? []).map((l) => [l.session_id, l])), [history]);
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 2 }}>
      <Typography variant="body2" color="text.secondary">
        What arrived at this app&apos;s notification receiver, newest first, and the verdict it
        gave. Point a spec&apos;s notifications here with “Use this app as the notification
        endpoint” in the form.
      </Typography>
      {inbox.status === 'error' && <Alert severity="error">{inbox.message}</Alert>}
      {inbox.status === 'loading' && !inbox.data && (
        <Typography variant="body2">Loading the inbox…</Typography>
      )}
      {inbox.data?.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          No notifications yet.
        </Typography>
      )}
      {groups.map((group) => {
        const launch = group.sessionId ? launches.get(group.sessionId) : undefined;
        const sessionId = group.sessionId;
        return (
          <PanelCard
            key={sessionId ?? 'none'}
            title={sessionId ? `Session ${shortId(sessionId)}` : 'Not linked to a session'}
            badge={
              <Typography variant="caption" color="text.secondary">
                {launch ? launchSummary(launch) : sessionId ? 'Not launched from Studio' : ''}
              </Typography>
            }
            actions={
              launch &&
              sessionId && (
                <Button
                  size="small"
                  onClick={() => store.getState().select(sessionId)}
                  aria-label={`Open session ${shortId(sessionId)}`}
                >
                  Open session
                </Button>
              )
            }
          >
            <DeliveryList
              deliveries={group.deliveries}
              label={
                sessionId
                  ? `Notifications for session ${shortId(sessionId)}`
                  : 'Notifications not linked to a session'
              }
            />
          </PanelCard>
        );
      })}
    </Box>
  );
}
