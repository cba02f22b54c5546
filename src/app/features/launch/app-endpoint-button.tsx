/** "Use this app as the notification endpoint": points the spec at the server's own receiver. */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useStudio, useStudioApi } from '@/app/store/context';
import { notificationsSchema, type Notifications } from '@/spec/index';
import { useHealth } from './api/health';
import { pointNotificationsAt } from './notification-endpoint';

export interface AppEndpointButtonProps {
  /** The notifications to switch on with when they are off (the form's defaults). */
  whenOff: () => unknown;
}

/** The form's defaults when they parse, else just the endpoint with no topics. */
function offDefaults(whenOff: () => unknown, endpoint: string): Notifications {
  const parsed = notificationsSchema.safeParse({ ...(whenOff() as object), endpoint });
  return parsed.success ? parsed.data : { endpoint, topics: [] };
}

export function AppEndpointButton({ whenOff }: AppEndpointButtonProps) {
  const health = useHealth();
  const api = useStudioApi();
  const current = useStudio((s) => s.spec.notifications?.endpoint);
  const endpoint = health.kind === 'ok' ? health.health.notificationEndpoint : undefined;
  const inUse = endpoint !== undefined && current === endpoint;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', my: 0.5 }}>
      <Button
        size="small"
        variant="outlined"
        disabled={!endpoint}
        onClick={() =>
          endpoint &&
          api
            .getState()
            .apply((s) => pointNotificationsAt(s, endpoint, offDefaults(whenOff, endpoint)))
        }
      >
        Use this app as the notification endpoint
      </Button>
      <Typography variant="caption" color="text.secondary">
        {inUse
          ? 'This app records every delivery: see Launch → Inbox.'
          : endpoint
            ? `Sets ${endpoint}`
            : health.kind === 'error'
              ? 'The Studio server is unreachable.'
              : ''}
      </Typography>
    </Box>
  );
}
