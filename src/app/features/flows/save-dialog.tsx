/**
 * "Save version": saves the draft as the next version of the flow it is tracked against, or as a
 * new flow when it is not tracked. A stale base (someone saved meanwhile) shows what the latest
 * version has against the draft and offers to save on top of it.
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import DialogContentText from '@mui/material/DialogContentText';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { formatTime } from '@/app/features/launch/history';
import { useStudio, useStudioApi } from '@/app/store/context';
import { baseSpecOf, hasUnsavedChanges } from '@/app/store/flow-slice';
import { diffSpecs } from '@/spec/index';
import type { FlowProblem } from './api/client';
import type { Version } from './api/schemas';
import { createFlow, saveVersion, type SaveOutcome } from './save-commands';
import { DiffSummary } from './diff/diff-summary';
import { FindingsList } from './findings-list';
import { FormDialog, NameFields } from './form-dialog';
import { useFlowsApi } from './flows-store';

export interface SaveDialogProps {
  /** Save as a new flow even when the draft is tracked. */
  asNew?: boolean;
  /** Called when saved or cancelled. */
  onClose: () => void;
}

/** Open it by mounting. */
export default function SaveDialog({ asNew: startNew = false, onClose }: SaveDialogProps) {
  const studio = useStudioApi();
  const flows = useFlowsApi();
  const tracked = useStudio((s) => s.flow);
  const spec = useStudio((s) => s.spec);
  const broken = useStudio((s) => s.textOrigin === 'typed-invalid');
  const modified = useStudio(hasUnsavedChanges);
  const [asNew, setAsNew] = useState(startNew || tracked === null);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState<FlowProblem | null>(null);
  const [stale, setStale] = useState<Version | null>(null);
  const conflict = useMemo(() => (stale ? diffSpecs(stale.spec, spec) : []), [stale, spec]);
  const changes = useMemo(() => {
    const base = tracked && !broken ? baseSpecOf(tracked) : undefined;
    return base ? diffSpecs(base, spec) : [];
  }, [tracked, spec, broken]);

  const finish = (outcome: SaveOutcome) => {
    if (outcome.kind === 'saved') return onClose();
    if (outcome.kind === 'stale') {
      setProblem(null);
      return setStale(outcome.latest);
    }
    setProblem(outcome.problem);
  };
  const submit = async () => {
    setProblem(null);
    const fields = { name, description, message };
    finish(
      asNew
        ? await createFlow(studio, flows, fields, studio.getState().spec, true)
        : await saveVersion(studio, flows, message, stale?.number),
    );
  };

  const nameTaken = problem?.code === 'name_taken';
  const unchanged = !asNew && !modified && stale === null;
  const title = asNew ? 'Save as a new flow' : `Save a version of "${tracked?.name ?? ''}"`;
  return (
    <FormDialog
      title={title}
      submitLabel={stale ? `Save on top of v${stale.number}` : asNew ? 'Save flow' : 'Save version'}
      canSubmit={!broken && !unchanged && !(asNew && name.trim() === '')}
      onSubmit={submit}
      onClose={onClose}
      secondary={
        !asNew &&
        !stale && <Button onClick={() => setAsNew(true)}>Save as a new flow instead</Button>
      }
    >
      {broken && (
        <Alert severity="error" sx={{ mb: 2 }}>
          The text in the JSON editor does not parse. Fix it, or undo, before saving.
        </Alert>
      )}
      {!asNew && tracked && !stale && (
        <DialogContentText sx={{ mb: 1 }}>
          {unchanged
            ? `The draft is the same as v${tracked.version}: there is nothing new to save.`
            : `Saves the draft as the next version after v${tracked.version}. Earlier versions stay as they are.`}
        </DialogContentText>
      )}
      {!asNew && tracked && !stale && changes.length > 0 && (
        <Box
          component="section"
          aria-label={`Changes since v${tracked.version}`}
          sx={{ mb: 1, maxHeight: 220, overflow: 'auto' }}
        >
          <DiffSummary changes={changes} />
        </Box>
      )}
      {asNew && (
        <>
          <DialogContentText sx={{ mb: 1 }}>
            Saves the draft as version 1 of a new flow; the draft is then tracked against it.
          </DialogContentText>
          <NameFields
            name={name}
            description={description}
            onName={setName}
            onDescription={setDescription}
            nameError={nameTaken ? problem.message : undefined}
            nameHelp='For example "Onboarding" or "Right to work".'
          />
        </>
      )}
      <TextField
        label="What changed"
        value={message}
        onChange={(e) => setMessage(e.target.value)}
        autoFocus={!asNew}
        fullWidth
        margin="dense"
        helperText="Optional. Shown in the flow's version list."
        slotProps={{ htmlInput: { maxLength: 500 } }}
      />
      {problem && !nameTaken && (
        <Alert severity="error" sx={{ mt: 2 }}>
          <Typography variant="body2" sx={{ mb: problem.findings.length ? 1 : 0 }}>
            {problem.message}
          </Typography>
          {problem.findings.length > 0 && (
            <FindingsList findings={problem.findings} label="Why the server refused the spec" />
          )}
        </Alert>
      )}
      {stale && tracked && (
        <Alert severity="warning" sx={{ mt: 2 }} role="alert">
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            Someone saved v{stale.number} of "{tracked.name}" after you opened v{tracked.version}.
          </Typography>
          <Typography variant="body2" sx={{ mb: 1 }}>
            v{stale.number} was saved {formatTime(stale.created_at)}
            {stale.message ? ` ("${stale.message}")` : ''}. Saving on top of it keeps v
            {stale.number} in the history and saves your draft, as it is, as v{stale.number + 1}.
            Compared with v{stale.number}, it would make these changes; check that none undoes what
            v{stale.number} added:
          </Typography>
          <DiffSummary changes={conflict} level={4} />
          <Button
            size="small"
            sx={{ mt: 1 }}
            onClick={() =>
              flows.getState().compare({
                title: `Compare v${stale.number} (latest) with your draft`,
                a: { label: `v${stale.number} (latest)`, spec: stale.spec },
                b: { label: 'your draft', spec },
              })
            }
          >
            Compare side by side
          </Button>
        </Alert>
      )}
    </FormDialog>
  );
}
