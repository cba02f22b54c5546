/** The user flow in an iframe, and the events it posts to this page. */
import Box from '@mui/material/Box';
import { useEffect, useRef } from 'react';
import { readFlowMessage } from './flow-message';
import { useLaunchApi } from './launch-store';

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
