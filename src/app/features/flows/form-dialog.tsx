/** The dialogs' common parts: a dialog that is a form, and a flow's name and description fields. */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useId, useState, type FormEvent, type ReactNode } from 'react';

interface FormDialogProps {
  title: string;
  submitLabel: string;
  canSubmit: boolean;
  onSubmit: () => Promise<void>;
  onClose: () => void;
  danger?: boolean;
  /** An extra action at the start of the button row. */
  secondary?: ReactNode;
  children: ReactNode;
}

/** A dialog that is a form: Enter submits, the submit button waits for the answer. */
export function FormDialog(props: FormDialogProps) {
  const { title, submitLabel, canSubmit, onSubmit, onClose, danger, secondary, children } = props;
  const titleId = useId();
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!canSubmit || busy) return;
    setBusy(true);
    try {
      await onSubmit();
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      open
      onClose={onClose}
      aria-labelledby={titleId}
      maxWidth="sm"
      fullWidth
      slotProps={{ paper: { component: 'form', onSubmit: (e: FormEvent) => void submit(e) } }}
    >
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent>{children}</DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap' }}>
        {secondary && <Box sx={{ mr: 'auto' }}>{secondary}</Box>}
        <Button onClick={onClose}>Cancel</Button>
        <Button
          type="submit"
          variant="contained"
          color={danger ? 'error' : 'primary'}
          disabled={!canSubmit || busy}
        >
          {submitLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

export interface NameFieldsProps {
  name: string;
  description: string;
  onName: (name: string) => void;
  onDescription: (description: string) => void;
  /** Why the name was refused (shown under it), if it was. */
  nameError?: string | undefined;
  /** Shown under the name when there is no error. */
  nameHelp?: string;
}

/** A flow's name (required, focused first) and description. */
export function NameFields(props: NameFieldsProps) {
  const { name, description, onName, onDescription, nameError, nameHelp = ' ' } = props;
  return (
    <>
      <TextField
        label="Flow name"
        value={name}
        onChange={(e) => onName(e.target.value)}
        required
        autoFocus
        fullWidth
        margin="dense"
        error={nameError !== undefined}
        helperText={nameError ?? nameHelp}
        slotProps={{ htmlInput: { maxLength: 100 } }}
      />
      <TextField
        label="Description"
        value={description}
        onChange={(e) => onDescription(e.target.value)}
        fullWidth
        multiline
        minRows={2}
        margin="dense"
      />
    </>
  );
}
