/** Shows the store's notices one at a time, each with its action and a close button. */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import { useStudio, useStudioApi } from '@/app/store/context';

export function Notices() {
  const notice = useStudio((s) => s.notices[0]);
  const api = useStudioApi();
  if (!notice) return null;
  const close = () => api.getState().dismissNotice(notice.id);
  return (
    <Snackbar
      key={notice.id}
      open
      anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
      autoHideDuration={notice.severity === 'success' || notice.severity === 'info' ? 6000 : null}
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
