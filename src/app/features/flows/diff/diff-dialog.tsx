/**
 * A comparison, full screen: the semantic summary first (grouped by form section), then the two
 * specs as JSON side by side in Monaco's diff editor. Secrets are masked on both sides.
 */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { lazy, Suspense, useId, useMemo, useState } from 'react';
import { diffSpecs } from '@/spec/index';
import type { Comparison } from '../flows-store';
import { DiffSummary } from './diff-summary';
import { maskedText } from './group-changes';

const MonacoDiff = lazy(() => import('./monaco-diff').then((m) => ({ default: m.MonacoDiff })));

export interface DiffDialogProps {
  comparison: Comparison;
  onClose: () => void;
}

export function DiffDialog({ comparison, onClose }: DiffDialogProps) {
  const { title, a, b } = comparison;
  const titleId = useId();
  const [ready, setReady] = useState(false);
  const changes = useMemo(() => diffSpecs(a.spec, b.spec), [a.spec, b.spec]);
  const texts = useMemo(() => ({ a: maskedText(a.spec), b: maskedText(b.spec) }), [a.spec, b.spec]);
  return (
    <Dialog open fullScreen onClose={onClose} aria-labelledby={titleId}>
      <DialogTitle
        id={titleId}
        sx={{
          display: 'flex',
          alignItems: 'center',
          gap: 2,
          borderBottom: 1,
          borderColor: 'divider',
        }}
      >
        <Box component="span" sx={{ flex: 1 }}>
          {title}
        </Box>
        <Button onClick={onClose} variant="outlined">
          Close
        </Button>
      </DialogTitle>
      <DialogContent
        sx={{ display: 'flex', flexDirection: 'column', gap: 2, pt: '16px !important' }}
      >
        <Box
          component="section"
          aria-labelledby={`${titleId}-summary`}
          sx={{ maxHeight: '38%', overflow: 'auto', flexShrink: 0 }}
        >
          <Typography id={`${titleId}-summary`} variant="h6" component="h2" gutterBottom>
            What changed from {a.label} to {b.label}
          </Typography>
          <DiffSummary changes={changes} />
        </Box>
        <Box
          component="section"
          aria-labelledby={`${titleId}-json`}
          sx={{ flex: 1, minHeight: 280, display: 'flex', flexDirection: 'column' }}
        >
          <Typography id={`${titleId}-json`} variant="h6" component="h2">
            JSON side by side
          </Typography>
          <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2, mb: 0.5 }}>
            <Typography variant="body2" color="text.secondary">
              Left: {a.label}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              Right: {b.label}
            </Typography>
          </Box>
          <Box
            data-diff-ready={ready ? 'true' : undefined}
            sx={{
              position: 'relative',
              flex: 1,
              minHeight: 240,
              border: 1,
              borderColor: 'divider',
            }}
          >
            <Suspense fallback={<Typography sx={{ p: 2 }}>Loading the diff editor…</Typography>}>
              <MonacoDiff
                original={texts.a}
                modified={texts.b}
                ariaLabel={`${a.label} (left) compared with ${b.label} (right)`}
                onReady={() => setReady(true)}
              />
            </Suspense>
          </Box>
          <Typography variant="caption" color="text.secondary" sx={{ mt: 0.5 }}>
            Secrets (notification auth token, API keys) are shown as ******** on both sides.
          </Typography>
        </Box>
      </DialogContent>
    </Dialog>
  );
}
