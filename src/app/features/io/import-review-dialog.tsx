import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Typography from '@mui/material/Typography';
import DialogTitle from '@mui/material/DialogTitle';
import { useId } from 'react';
import type { Finding } from '@/spec/index';
import { countFindings, describeFinding } from './prepare-import';

/** Enough to see what is wrong; the findings panel shows them all once imported. */
const SHOWN = 100;

export interface ImportReviewDialogProps {
  /** What is being imported: a file name or "the pasted JSON". */
  source: string;
  findings: readonly Finding[];
  /** True when the structure is valid, so "Import anyway" replaces the spec (else: editor text). */
  replacesSpec: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** "Import JSON": lists an import's findings and asks before anything changes. */
export function ImportReviewDialog(props: ImportReviewDialogProps) {
  const { source, findings, replacesSpec, onConfirm, onCancel } = props;
  const titleId = useId();
  const descriptionId = useId();
  const outcome = replacesSpec
    ? 'Import anyway replaces the current spec with it, errors included; you can undo.'
    : 'It cannot be shown in the form. Import anyway puts the text in the JSON editor so you can fix it there; the form keeps the current spec.';
  return (
    <Dialog
      open
      onClose={onCancel}
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      maxWidth="md"
      fullWidth
      scroll="paper"
    >
      <DialogTitle id={titleId}>Import JSON</DialogTitle>
      <DialogContent dividers>
        <DialogContentText id={descriptionId}>
          Found {countFindings(findings)} in {source}. {outcome} Cancel keeps the current spec.
        </DialogContentText>
        <List dense aria-label="Findings">
          {findings.slice(0, SHOWN).map((f, i) => (
            <ListItem key={i} disableGutters sx={{ gap: 1, alignItems: 'flex-start' }}>
              <Chip
                size="small"
                label={f.severity === 'error' ? 'Error' : 'Warning'}
                color={f.severity}
                variant="outlined"
              />
              <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
                {describeFinding(f)}
              </Typography>
            </ListItem>
          ))}
        </List>
        {findings.length > SHOWN && (
          <Typography variant="body2">…and {findings.length - SHOWN} more.</Typography>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} autoFocus>
          Cancel
        </Button>
        <Button onClick={onConfirm} color="warning" variant="contained">
          Import anyway
        </Button>
      </DialogActions>
    </Dialog>
  );
}
