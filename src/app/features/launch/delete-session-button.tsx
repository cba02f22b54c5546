/** Deletes a session after the user confirms: DELETE /api/sessions/:id. */
import Button, { type ButtonProps } from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import IconButton from '@mui/material/IconButton';
import { useState } from 'react';
import { shortId } from './history';
import { DeleteIcon } from './icons';
import { useLaunchApi } from './launch-store';

export interface DeleteSessionButtonProps {
  sessionId: string;
  /** The button's accessible name; defaults to "Delete session". */
  label?: string;
  size?: ButtonProps['size'];
  /** Icon only (the accessible name stays), for tight rows. */
  compact?: boolean;
}

export function DeleteSessionButton({
  sessionId,
  label,
  size = 'small',
  compact = false,
}: DeleteSessionButtonProps) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const store = useLaunchApi();
  const confirm = async () => {
    setBusy(true);
    const ok = await store.getState().deleteSession(sessionId);
    setBusy(false);
    if (ok) setOpen(false);
  };
  return (
    <>
      {compact ? (
        <IconButton
          size={size}
          color="error"
          onClick={() => setOpen(true)}
          aria-label={label ?? 'Delete session'}
        >
          <DeleteIcon fontSize="small" />
        </IconButton>
      ) : (
        <Button
          size={size}
          color="error"
          startIcon={<DeleteIcon />}
          onClick={() => setOpen(true)}
          aria-label={label ?? 'Delete session'}
        >
          Delete
        </Button>
      )}
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="delete-session-title">
        <DialogTitle id="delete-session-title">Delete session {shortId(sessionId)}?</DialogTitle>
        <DialogContent>
          <DialogContentText>
            The IDV API deletes the session with its captured documents, media and results. This
            cannot be undone. The launch stays in the history, marked as deleted.
          </DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>Cancel</Button>
          <Button
            color="error"
            variant="contained"
            disableElevation
            onClick={() => void confirm()}
            disabled={busy}
          >
            Delete session
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
