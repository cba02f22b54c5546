import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useId } from 'react';

export interface PasteJsonDialogProps {
  open: boolean;
  /** The text field's value; kept by the caller so a cancelled review does not lose it. */
  text: string;
  onTextChange: (text: string) => void;
  onImport: () => void;
  onClose: () => void;
}

/** "Paste JSON": a labelled text area; Import (or Ctrl/⌘+Enter) hands the text to the import flow. */
export function PasteJsonDialog({
  open,
  text,
  onTextChange,
  onImport,
  onClose,
}: PasteJsonDialogProps) {
  const titleId = useId();
  const empty = text.trim() === '';
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby={titleId} maxWidth="md" fullWidth>
      <DialogTitle id={titleId}>Paste JSON</DialogTitle>
      <DialogContent>
        <TextField
          label="Session spec JSON"
          helperText="It is checked before anything changes. Ctrl+Enter imports."
          value={text}
          onChange={(e) => onTextChange(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !empty) onImport();
          }}
          multiline
          minRows={12}
          maxRows={24}
          fullWidth
          autoFocus
          sx={{ mt: 1, '& textarea': { fontFamily: 'monospace', fontSize: 13 } }}
          slotProps={{ htmlInput: { spellCheck: false } }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button onClick={onImport} disabled={empty} variant="contained">
          Import
        </Button>
      </DialogActions>
    </Dialog>
  );
}
