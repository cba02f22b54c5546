/** The user flow in an iframe, and the events it posts to this page. */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, useState } from 'react';
import { readFlowMessage } from './flow-message';
import { useLaunchApi } from './launch-store';
import { PanelCard } from './panel-card';

export interface UserFlowProps {
  sessionId: string;
  launchUrl: string;
}

/**
 * Embeds the flow with camera access. Only messages from the launch URL's origin and from this
 * iframe's window are taken as flow events; anything else posted to the page is ignored.
 */
export function UserFlowFrame({ sessionId, launchUrl }: UserFlowProps) {
  const frame = useRef<HTMLIFrameElement>(null);
  const store = useLaunchApi();
  useEffect(() => {
    const onMessage = (message: MessageEvent) => {
      const event = readFlowMessage(message, launchUrl, frame.current?.contentWindow);
      if (event) store.getState().flowEvent(sessionId, event);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [launchUrl, sessionId, store]);
  return (
    <Box
      component="iframe"
      ref={frame}
      src={launchUrl}
      allow="camera"
      title="Identity verification user flow"
      sx={{
        display: 'block',
        width: '100%',
        height: 560,
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
        bgcolor: 'background.paper',
      }}
    />
  );
}

/** The flow in a card; folded away once the flow has posted its result. */
export function UserFlowCard({
  sessionId,
  launchUrl,
  ended,
}: {
  sessionId: string;
  launchUrl: string;
  ended: boolean;
}) {
  const [shown, setShown] = useState(!ended);
  const [endedBefore, setEndedBefore] = useState(ended);
  // When the flow posts its result, fold it away so the result below comes into view.
  if (ended !== endedBefore) {
    setEndedBefore(ended);
    if (ended) setShown(false);
  }
  return (
    <PanelCard
      title="User flow"
      actions={
        <Button size="small" aria-expanded={shown} onClick={() => setShown(!shown)}>
          {shown ? 'Hide user flow' : 'Show user flow'}
        </Button>
      }
    >
      <Box hidden={!shown}>
        <UserFlowFrame sessionId={sessionId} launchUrl={launchUrl} />
        <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mt: 1 }}>
          Events the flow posts to this page appear above. A flow opened in a new tab or on a phone
          posts no events; its result and notifications still show here.
        </Typography>
      </Box>
      {!shown && (
        <Typography variant="body2" color="text.secondary">
          {ended ? 'The user flow has ended.' : 'The user flow is hidden.'}
        </Typography>
      )}
    </PanelCard>
  );
}
