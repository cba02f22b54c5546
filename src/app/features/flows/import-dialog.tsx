/**
 * "Import flows": flow files (one flow or a library) and bare session specs, checked by the server
 * as a whole: on any error nothing is imported and each file's findings are shown with their paths.
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { readFileText } from '@/app/features/io/browser-files';
import { JsonFileButton } from '@/app/features/io/json-file-button';
import { useStudioApi } from '@/app/store/context';
import type { Finding } from '@/spec/index';
import { invalidImportDetailsSchema, type FlowSummary } from './api/schemas';
import { FindingsList } from './findings-list';
import { FormDialog } from './form-dialog';
import { useFlowsApi } from './flows-store';

type Outcome =
  | { kind: 'imported'; flows: FlowSummary[]; files: { name: string; findings: Finding[] }[] }
  | { kind: 'refused'; message: string; files: { name: string; findings: Finding[] }[] };

function FileResults({ files }: { files: { name: string; findings: Finding[] }[] }) {
  return files
    .filter((f) => f.findings.length > 0)
    .map((f) => (
      <Box key={f.name} component="section" aria-label={`Findings in ${f.name}`} sx={{ mt: 1 }}>
        <Typography variant="subtitle2" component="h3">
          {f.name}
        </Typography>
        <FindingsList findings={f.findings} label={`Findings in ${f.name}`} />
      </Box>
    ));
}

export function ImportFlowsDialog({ onClose }: { onClose: () => void }) {
  const studio = useStudioApi();
  const flows = useFlowsApi();
  const [files, setFiles] = useState<File[]>([]);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const submit = async () => {
    if (outcome?.kind === 'imported') return onClose();
    const texts: { name: string; text: string }[] = [];
    for (const file of files) {
      const read = await readFileText(file);
      if (!read.ok) return setOutcome({ kind: 'refused', message: read.message, files: [] });
      texts.push({ name: file.name, text: read.text });
    }
    const answer = await flows.api.importFiles(texts);
    if (answer.ok) {
      const { flows: imported, warnings } = answer.data;
      flows.getState().changed(...imported);
      setOutcome({
        kind: 'imported',
        flows: imported,
        files: warnings.map((w) => ({ name: w.file, findings: w.findings })),
      });
      studio.getState().notify({
        severity: warnings.length > 0 ? 'warning' : 'success',
        message: `Imported ${imported.length} flow${imported.length === 1 ? '' : 's'}.`,
      });
      return;
    }
    const details = invalidImportDetailsSchema.safeParse(answer.problem.details);
    setOutcome({
      kind: 'refused',
      message: answer.problem.message,
      files: details.success ? details.data.files : [],
    });
  };

  return (
    <FormDialog
      title="Import flows"
      submitLabel={outcome?.kind === 'imported' ? 'Done' : 'Import'}
      canSubmit={files.length > 0}
      onSubmit={submit}
      onClose={onClose}
    >
      <Typography variant="body2" sx={{ mb: 1 }}>
        Flow files exported from Studio (one flow or a whole library) and plain session spec JSON
        files, each of which becomes a new flow. If any file has an error, nothing is imported.
      </Typography>
      <JsonFileButton
        variant="outlined"
        disabled={outcome?.kind === 'imported'}
        testId="import-flows-input"
        multiple
        onFiles={(chosen) => {
          setFiles(chosen);
          setOutcome(null);
        }}
      >
        Choose files…
      </JsonFileButton>
      {files.length > 0 && (
        <Box component="ul" aria-label="Chosen files" sx={{ my: 1, pl: 3 }}>
          {files.map((f) => (
            <li key={f.name}>
              <Typography variant="body2">{f.name}</Typography>
            </li>
          ))}
        </Box>
      )}
      {outcome?.kind === 'refused' && (
        <Alert severity="error" sx={{ mt: 1 }}>
          <Typography variant="body2">
            {/nothing was imported/i.test(outcome.message)
              ? outcome.message
              : `${outcome.message} Nothing was imported.`}
          </Typography>
          <FileResults files={outcome.files} />
        </Alert>
      )}
      {outcome?.kind === 'imported' && (
        <Alert severity={outcome.files.length > 0 ? 'warning' : 'success'} sx={{ mt: 1 }}>
          <Typography variant="body2">
            Imported: {outcome.flows.map((f) => `"${f.name}" (v${f.latest_version})`).join(', ')}.
          </Typography>
          <FileResults files={outcome.files} />
        </Alert>
      )}
    </FormDialog>
  );
}
