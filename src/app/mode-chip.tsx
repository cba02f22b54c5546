import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import { describeMode, useHealth } from '@/app/features/launch/api/health';

/**
 * Which upstream the server launches sessions against, as reported by /api/health: the mode on the
 * chip, the IDV API's address in the tooltip and in the status's accessible name.
 */
export function ModeChip() {
  const health = useHealth();
  const mode = health.kind === 'ok' ? describeMode(health.health) : undefined;
  const description =
    health.kind === 'loading'
      ? 'Connecting to the Studio server…'
      : health.kind === 'error'
        ? 'The Studio server is unreachable'
        : `${mode?.label} — ${mode?.api}`;
  // Distinct keys remount the chip, so it does not fade between colours mid-screenshot.
  const chip =
    health.kind === 'loading' ? (
      <Chip key="loading" label="Connecting…" variant="outlined" />
    ) : health.kind === 'error' ? (
      <Chip key="error" label="Server unreachable" color="error" />
    ) : (
      <Chip key="ok" label={mode?.label} color="success" />
    );
  return (
    <Tooltip title={description}>
      <Box
        role="status"
        aria-label={`Server mode: ${description}`}
        tabIndex={0}
        sx={{ bgcolor: 'background.paper', borderRadius: 4 }}
      >
        {chip}
      </Box>
    </Tooltip>
  );
}
