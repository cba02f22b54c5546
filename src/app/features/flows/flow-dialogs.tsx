/** Dialogs over one flow: edit its name and description; delete it for good (type its name). */
import Alert from '@mui/material/Alert';
import DialogContentText from '@mui/material/DialogContentText';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useStudioApi } from '@/app/store/context';
import type { FlowProblem } from './api/client';
import type { FlowSummary } from './api/schemas';
import { deleteFlow, updateFlow } from './commands';
import { useFlowsApi } from './flows-store';
import { FormDialog, NameFields } from './form-dialog';

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
