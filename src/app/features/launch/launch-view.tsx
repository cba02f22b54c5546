/**
 * The Launch tab's content, for the app shell. The panel's code loads on first show, and once
 * shown it stays mounted (hidden) so an embedded user flow survives switching tabs.
 */
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { lazy, Suspense, useState } from 'react';

const LaunchPanel = lazy(() => import('./launch-panel'));

export interface LaunchViewProps {
  /** Whether the Launch tab is the one showing. */
  shown: boolean;
  /** Props for the tab panel element (id, aria-labelledby). */
  id?: string;
  'aria-labelledby'?: string;
}

export function LaunchView({ shown, ...panel }: LaunchViewProps) {
  const [visited, setVisited] = useState(shown);
  if (shown && !visited) setVisited(true);
  if (!visited) return null;
  return (
    <Box
      role="tabpanel"
      {...panel}
      hidden={!shown}
      sx={{ flex: 1, minHeight: 0, display: shown ? 'flex' : 'none', flexDirection: 'column' }}
    >
      <Suspense fallback={<Typography sx={{ p: 2 }}>Loading the launcher…</Typography>}>
        <LaunchPanel />
      </Suspense>
    </Box>
  );
}
