import { useEffect, useState } from 'react';
import Chip from '@mui/material/Chip';
import { getHealth } from '@/app/api/get-health';

type HealthState = { kind: 'loading' } | { kind: 'ok'; mode: string } | { kind: 'error' };

const MODE_LABELS: Record<string, string> = { 'local-sandbox': 'Local sandbox' };

/** Shows which upstream the server launches sessions against, as reported by /api/health. */
export function ModeChip() {
  const [health, setHealth] = useState<HealthState>({ kind: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    getHealth(controller.signal).then(
      (result) => setHealth({ kind: 'ok', mode: result.mode }),
      () => {
        if (!controller.signal.aborted) setHealth({ kind: 'error' });
      },
    );
    return () => controller.abort();
  }, []);

  // Distinct keys remount the chip, so it does not fade between colours mid-screenshot.
  if (health.kind === 'loading')
    return <Chip key="loading" label="Connecting…" variant="outlined" />;
  if (health.kind === 'error') return <Chip key="error" label="Server unreachable" color="error" />;
  return <Chip key="ok" label={MODE_LABELS[health.mode] ?? health.mode} color="success" />;
}
