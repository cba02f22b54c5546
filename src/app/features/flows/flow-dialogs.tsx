/** Dialogs over one flow: edit its name and description; delete it for good (type its name). */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useStudioApi } from '@/app/store/context';
import type { FlowProblem } from './api/client';
import type { FlowSummary } from './api/schemas';
import { deleteFlow, updateFlow } from './commands';
import { useFlowsApi } from './flows-store';

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

/** "Edit details": rename and describe a flow. */
export function EditDetailsDialog({ flow, onClose }: { flow: FlowSummary; onClose: () => void }) {
  const studio = useStudioApi();
  const flows = useFlowsApi();
  const [name, setName] = useState(flow.name);
  const [description, setDescription] = useState(flow.description);
  const [problem, setProblem] = useState<FlowProblem | null>(null);
  const submit = async () => {
    const patch = {
      ...(name.trim() !== flow.name ? { name: name.trim() } : {}),
      ...(description.trim() !== flow.description ? { description: description.trim() } : {}),
    };
    if (Object.keys(patch).length === 0) return onClose();
    const refused = await updateFlow(studio, flows, flow.id, patch);
    if (refused) setProblem(refused);
    else onClose();
  };
  const nameProblem = problem?.code === 'name_taken' || problem?.code === 'invalid_request';
  return (
    <FormDialog
      title={`Edit details of "${flow.name}"`}
      submitLabel="Save details"
      canSubmit={name.trim() !== ''}
      onSubmit={submit}
      onClose={onClose}
    >
      <NameFields
        name={name}
        description={description}
        onName={setName}
        onDescription={setDescription}
        nameError={nameProblem ? problem?.message : undefined}
      />
      {problem && !nameProblem && <Alert severity="error">{problem.message}</Alert>}
    </FormDialog>
  );
}

/** "Delete permanently": only for archived flows; the user types the name to confirm. */
export function DeleteFlowDialog({ flow, onClose }: { flow: FlowSummary; onClose: () => void }) {
  const studio = useStudioApi();
  const flows = useFlowsApi();
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<FlowProblem | null>(null);
  const submit = async () => {
    const refused = await deleteFlow(studio, flows, flow, typed);
    if (refused) setProblem(refused);
    else onClose();
  };
  return (
    <FormDialog
      title={`Delete "${flow.name}" permanently?`}
      submitLabel="Delete permanently"
      canSubmit={typed === flow.name}
      onSubmit={submit}
      onClose={onClose}
      danger
    >
      <DialogContentText sx={{ mb: 1 }}>
        All {flow.version_count} version{flow.version_count === 1 ? '' : 's'} of this flow are
        deleted. Launches made from it keep their record. You can undo for a short while after.
      </DialogContentText>
      <TextField
        label={`Type "${flow.name}" to confirm`}
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
        autoFocus
        fullWidth
        margin="dense"
        autoComplete="off"
      />
      {problem && <Alert severity="error">{problem.message}</Alert>}
    </FormDialog>
  );
}
