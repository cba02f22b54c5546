/**
 * One session: what the flow posted, the flow itself, its result, its notifications and the spec
 * it used. Shows the session just launched, or one opened from the history or the inbox.
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { DeleteSessionButton } from './delete-session-button';
import { DeliveryList } from './delivery-list';
import { FlowEvents } from './flow-events';
import { formatTime, launchState, launchSummary, shortId } from './history';
import { OpenInNewIcon, RefreshIcon } from './icons';
import { useLaunch, useLaunchApi } from './launch-store';
import { PanelCard } from './panel-card';
import { QrCodeButton } from './qr-code-button';
import { ResultsState } from './results-view';
import { ValueChip } from './value-chip';
import { SpecCard } from './spec-card';
import { UserFlowCard } from './user-flow';

function SessionDetails({ sessionId }: { sessionId: string }) {
  const store = useLaunchApi();
  const created = useLaunch((s) => s.launched[sessionId]);
  const launch = useLaunch((s) => s.history.data?.find((l) => l.session_id === sessionId));
  const result = useLaunch((s) => s.results[sessionId]);
  const ended = useLaunch((s) => (s.flowEvents[sessionId]?.length ?? 0) > 0);
  const inbox = useLaunch((s) => s.inbox.data);
  const deliveries = useMemo(
    () => (inbox ?? []).filter((d) => d.session_id === sessionId),
    [inbox, sessionId],
  );
  const launchUrl = created?.launch_url ?? launch?.launch_url;
  const state = launch ? launchState(launch, result) : (result?.data?.state ?? 'LOADING');
  const canOpen = launchUrl !== undefined && (state === 'ONGOING' || state === 'LOADING');
  // Embed at once only a flow launched from this page that has not ended: reopening a finished
  // session's flow would only show the flow's "already completed" error.
  const [embed, setEmbed] = useState(created !== undefined && !ended && canOpen);

  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 2 }}>
      <PanelCard
        title={`Session ${shortId(sessionId)}`}
        badge={<ValueChip value={state} />}
        actions={
          <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>
            {launchUrl && canOpen && (
              <>
                <Button
                  size="small"
                  startIcon={<OpenInNewIcon />}
                  href={launchUrl}
                  target="_blank"
                  rel="noopener noreferrer"
                >
                  Open in new tab
                </Button>
                <QrCodeButton url={launchUrl} />
              </>
            )}
            {launch?.deleted_at === null && <DeleteSessionButton sessionId={sessionId} />}
          </Box>
        }
      >
        <Typography variant="body2" color="text.secondary">
          {launch
            ? `Launched ${formatTime(launch.created_at)} · ${launchSummary(launch)}`
            : 'Launched just now'}
          {launch?.deleted_at && ` · deleted ${formatTime(launch.deleted_at)}`}
        </Typography>
        <Typography
          variant="caption"
          sx={{ fontFamily: 'monospace', color: 'text.secondary', wordBreak: 'break-all' }}
        >
          {sessionId}
        </Typography>
        {created && created.warnings.length > 0 && (
          <Alert severity="info" sx={{ mt: 1 }}>
            Launched with {created.warnings.length} warning
            {created.warnings.length === 1 ? '' : 's'}:{' '}
            {created.warnings.map((w) => w.message).join(' ')}
          </Alert>
        )}
      </PanelCard>

      <FlowEvents sessionId={sessionId} />

      {launchUrl && embed && (
        <UserFlowCard sessionId={sessionId} launchUrl={launchUrl} ended={ended} />
      )}
      {launchUrl && !embed && canOpen && (
        <Box>
          <Button variant="outlined" onClick={() => setEmbed(true)}>
            Open the user flow here
          </Button>
        </Box>
      )}

      <PanelCard
        title="Results"
        actions={
          <Button
            size="small"
            startIcon={<RefreshIcon />}
            onClick={() => void store.getState().refreshResult(sessionId)}
            aria-label="Refresh results"
          >
            Refresh
          </Button>
        }
      >
        <ResultsState
          result={result?.data}
          loading={result?.status === 'loading'}
          error={result?.status === 'error' ? result.message : undefined}
        />
      </PanelCard>

      <PanelCard title={`Notifications (${deliveries.length})`}>
        {deliveries.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            No notifications received for this session yet.
          </Typography>
        ) : (
          <DeliveryList
            deliveries={deliveries}
            label={`Notifications for session ${shortId(sessionId)}`}
          />
        )}
      </PanelCard>

      <SpecCard launch={launch} />
    </Box>
  );
}

/** The selected session, or how to get one. */
export function SessionView() {
  const id = useLaunch((s) => s.selectedId);
  const count = useLaunch((s) => s.history.data?.length ?? 0);
  const store = useLaunchApi();
  if (id) return <SessionDetails key={id} sessionId={id} />;
  return (
    <Box sx={{ textAlign: 'center', py: 6, px: 2, maxWidth: 460, mx: 'auto' }}>
      <Typography component="h3" variant="h6" sx={{ mb: 1 }}>
        No session open
      </Typography>
      <Typography variant="body2" color="text.secondary">
        Press <strong>Launch test session</strong> to create a session from the current spec. Its
        user flow opens here, followed by its result, the notifications it sent and the spec it
        used.
      </Typography>
      {count > 0 && (
        <Button sx={{ mt: 2 }} onClick={() => store.getState().setTab('history')}>
          Open one from the history ({count})
        </Button>
      )}
    </Box>
  );
}
