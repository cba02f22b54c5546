/** The spec a launch used (secrets masked by the server), and loading it back into the builder. */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { useStudioApi } from '@/app/store/context';
import { serializeSpec } from '@/spec/index';
import type { Launch } from './api/schemas';
import { hasMaskedSecret, launchSpec, launchSummary, shortId } from './history';
import { LoadSpecIcon } from './icons';
import { PanelCard } from './panel-card';

export function SpecCard({ launch }: { launch: Launch | undefined }) {
  const studio = useStudioApi();
  const spec = launch && launchSpec(launch);
  const text = useMemo(() => (spec ? serializeSpec(spec) : undefined), [spec]);
  const load = () => {
    if (!spec || !launch) return;
    studio.getState().replaceSpec(spec);
    studio.getState().notify(
      hasMaskedSecret(spec)
        ? {
            severity: 'warning',
            message: `Loaded the spec of session ${shortId(launch.session_id)}. The server masks secrets as ********: enter the auth token or API key again before launching.`,
          }
        : {
            severity: 'success',
            message: `Loaded the spec of session ${shortId(launch.session_id)} into the builder.`,
          },
    );
  };
  return (
    <PanelCard
      title="Spec used"
      actions={
        <Button size="small" startIcon={<LoadSpecIcon />} onClick={load} disabled={!spec}>
          Load this spec into the builder
        </Button>
      }
    >
      {text ? (
        <Box component="details">
          <Box component="summary" sx={{ cursor: 'pointer', typography: 'body2' }}>
            {launch ? launchSummary(launch) : ''}
          </Box>
          <Box
            component="pre"
            aria-label="Spec JSON"
            sx={{
              fontFamily: 'monospace',
              fontSize: 12,
              m: 0,
              mt: 1,
              p: 1,
              bgcolor: 'action.hover',
              borderRadius: 1,
              overflow: 'auto',
              maxHeight: 360,
            }}
          >
            {text}
          </Box>
        </Box>
      ) : (
        <Typography variant="body2" color="text.secondary">
          {launch ? 'The stored spec could not be read.' : 'Loading…'}
        </Typography>
      )}
    </PanelCard>
  );
}
