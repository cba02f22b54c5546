/** What the embedded user flow posted for a session, each with the meaning of its code. */
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import { useLaunch } from './launch-store';
import { describeFlowEvent } from './web-error-codes';

export function FlowEvents({ sessionId }: { sessionId: string }) {
  const events = useLaunch((s) => s.flowEvents[sessionId]);
  if (!events || events.length === 0) return null;
  return (
    <Box
      aria-label="Events from the user flow"
      role="log"
      sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 1 }}
    >
      {events.map((event, i) => {
        const view = describeFlowEvent(event);
        return (
          <Alert
            key={i}
            severity={view.severity}
            variant="outlined"
            sx={{ bgcolor: 'background.paper' }}
          >
            <AlertTitle sx={{ fontWeight: 600 }}>{view.headline}</AlertTitle>
            {view.detail}
          </Alert>
        );
      })}
    </Box>
  );
}
