/**
 * Shows the store's notices one at a time, each with its action and a close button. A passing
 * success or info notice without an action gives way as soon as a newer one arrives, so an Undo
 * offered by the newer one shows at once rather than after the older one times out.
 */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import { useEffect } from 'react';
import { useStudio, useStudioApi } from '@/app/store/context';

export function Notices() {
  const notice = useStudio((s) => s.notices[0]);
  const queued = useStudio((s) => s.notices.length > 1);
  const api = useStudioApi();
  const passing =
    notice !== undefined &&
    !notice.action &&
    (notice.severity === 'success' || notice.severity === 'info');
  useEffect(() => {
    if (passing && queued) api.getState().dismissNotice(notice.id);
  }, [passing, queued, notice, api]);
  if (!notice) return null;
  const close = () => api.getState().dismissNotice(notice.id);
  return (
    <Snackbar
      key={notice.id}
      open
      anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
      autoHideDuration={
        notice.durationMs ??
        (notice.severity === 'success' || notice.severity === 'info' ? 6000 : null)
      }
      onClose={(_, reason) => reason !== 'clickaway' && close()}
    >
      <Alert
        severity={notice.severity}
        onClose={close}
        variant="filled"
        action={
          notice.action && (
            <Button
              color="inherit"
              size="small"
              onClick={() => {
                notice.action?.run();
                close();
              }}
            >
              {notice.action.label}
            </Button>
          )
        }
        sx={{ maxWidth: 560 }}
      >
        {notice.message}
      </Alert>
    </Snackbar>
  );
}
