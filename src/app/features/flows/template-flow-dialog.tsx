/** "New flow from a template": pick one of the gallery's templates, name the flow, create v1. */
import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import Alert from '@mui/material/Alert';
import { useState } from 'react';
import { summarizeSpec } from '@/app/features/templates/summary';
import { TEMPLATES } from '@/app/features/templates/templates';
import { useStudioApi } from '@/app/store/context';
import type { FlowProblem } from './api/client';
import { createFlow } from './save-commands';
import { FindingsList } from './findings-list';
import { FormDialog } from './form-dialog';
import { useFlowsApi } from './flows-store';

export function TemplateFlowDialog({ onClose }: { onClose: () => void }) {
  const studio = useStudioApi();
  const flows = useFlowsApi();
  const [templateId, setTemplateId] = useState(TEMPLATES[0]?.id ?? '');
  const template = TEMPLATES.find((t) => t.id === templateId);
  const [name, setName] = useState(template?.name ?? '');
  const [problem, setProblem] = useState<FlowProblem | null>(null);
  const pick = (id: string) => {
    const next = TEMPLATES.find((t) => t.id === id);
    // Follow the template's name until the user types one of their own.
    if (next && (name === '' || TEMPLATES.some((t) => t.name === name))) setName(next.name);
    setTemplateId(id);
  };
  const submit = async () => {
    if (!template) return;
    const fields = {
      name,
      description: template.description,
      message: `From the "${template.name}" template`,
    };
    const outcome = await createFlow(studio, flows, fields, structuredClone(template.spec), false);
    if (outcome.kind === 'refused') return setProblem(outcome.problem);
    if (outcome.kind === 'saved') flows.getState().openFlow(outcome.saved.flow.id);
    onClose();
  };
  return (
    <FormDialog
      title="New flow from a template"
      submitLabel="Create flow"
      canSubmit={template !== undefined && name.trim() !== ''}
      onSubmit={submit}
      onClose={onClose}
    >
      <RadioGroup
        aria-label="Template"
        value={templateId}
        onChange={(e) => pick(e.target.value)}
        sx={{ mb: 1 }}
      >
        {TEMPLATES.map((t) => (
          <FormControlLabel
            key={t.id}
            value={t.id}
            control={<Radio size="small" />}
            label={
              <>
                <Typography variant="body2">{t.name}</Typography>
                <Typography variant="caption" color="text.secondary">
                  {summarizeSpec(t.spec)}
                </Typography>
              </>
            }
            sx={{ alignItems: 'flex-start', '& .MuiRadio-root': { pt: 0.5 } }}
          />
        ))}
      </RadioGroup>
      <TextField
        label="Flow name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        required
        fullWidth
        margin="dense"
        error={problem?.code === 'name_taken'}
        helperText={problem?.code === 'name_taken' ? problem.message : ' '}
      />
      {problem && problem.code !== 'name_taken' && (
        <Alert severity="error">
          {problem.message}
          <FindingsList findings={problem.findings} label="Why the server refused the spec" />
        </Alert>
      )}
    </FormDialog>
  );
}
