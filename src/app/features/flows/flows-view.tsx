/**
 * The Flows tab for the app shell, and the comparison overlay. Both load their code on first use,
 * so the first render carries none of it.
 */
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { lazy, Suspense } from 'react';
import { useFlows, useFlowsApi } from './flows-store';

const FlowsPanel = lazy(() => import('./flows-panel'));
const DiffDialog = lazy(() =>
  import('./diff/diff-dialog').then((m) => ({ default: m.DiffDialog })),
);

export interface FlowsViewProps {
  /** Props for the tab panel element (id, aria-labelledby). */
  id?: string;
  'aria-labelledby'?: string;
}

export function FlowsView(panel: FlowsViewProps) {
  return (
    <Box role="tabpanel" {...panel} sx={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
      <Suspense fallback={<Typography sx={{ p: 2 }}>Loading the flows…</Typography>}>
        <FlowsPanel />
      </Suspense>
    </Box>
  );
}

/** Mount once: shows the comparison the flows store asks for. */
export function ComparisonOverlay() {
  const flows = useFlowsApi();
  const comparison = useFlows((s) => s.comparison);
  if (!comparison) return null;
  return (
    <Suspense fallback={null}>
      <DiffDialog comparison={comparison} onClose={() => flows.getState().compare(null)} />
    </Suspense>
  );
}
