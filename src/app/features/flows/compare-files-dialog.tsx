/** "Compare two spec files": two file pickers, checked in the browser, then the diff view. */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { readFileText } from '@/app/features/io/browser-files';
import { JsonFileButton } from '@/app/features/io/json-file-button';
import { countFindings, prepareImport } from '@/app/features/io/prepare-import';
import type { Finding, SessionSpec } from '@/spec/index';
import { FindingsList } from './findings-list';
import { FormDialog } from './form-dialog';
import { useFlowsApi } from './flows-store';

type Picked =
  | { name: string; spec: SessionSpec; findings: Finding[] }
  | { name: string; spec?: undefined; findings: Finding[]; message?: string };

async function check(file: File): Promise<Picked> {
  const read = await readFileText(file);
  if (!read.ok) return { name: file.name, findings: [], message: read.message };
  const prep = prepareImport(read.text, file.name);
  if (prep.kind === 'refused') return { name: file.name, findings: [], message: prep.message };
  if (prep.kind === 'clean') return { name: file.name, spec: prep.spec, findings: prep.warnings };
  return { name: file.name, findings: prep.findings, ...(prep.spec ? { spec: prep.spec } : {}) };
}

function FilePicker({
  side,
  picked,
  onPick,
}: {
  side: string;
  picked: Picked | null;
  onPick: (p: Picked) => void;
}) {
  return (
    <Box component="section" aria-label={`${side} spec`} sx={{ mb: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
        <JsonFileButton
          variant="outlined"
          testId={`compare-${side.toLowerCase()}-input`}
          onFiles={([file]) => void (file && check(file).then(onPick))}
        >
          Choose the {side.toLowerCase()} file…
        </JsonFileButton>
        <Typography variant="body2">{picked?.name ?? 'No file chosen'}</Typography>
      </Box>
      {picked && !picked.spec && (
        <Alert severity="error" sx={{ mt: 1 }}>
          <Typography variant="body2">
            {picked.message ??
              `${picked.name} is not a session spec that can be compared (${countFindings(picked.findings)}).`}
          </Typography>
          <FindingsList findings={picked.findings} label={`Findings in ${picked.name}`} />
        </Alert>
      )}
      {picked?.spec && picked.findings.length > 0 && (
        <Typography variant="caption" color="text.secondary">
          Readable, with {countFindings(picked.findings)}.
        </Typography>
      )}
    </Box>
  );
}

export function CompareFilesDialog({ onClose }: { onClose: () => void }) {
  const flows = useFlowsApi();
  const [left, setLeft] = useState<Picked | null>(null);
  const [right, setRight] = useState<Picked | null>(null);
  const submit = async () => {
    if (!left?.spec || !right?.spec) return;
    flows.getState().compare({
      title: `Compare ${left.name} with ${right.name}`,
      a: { label: left.name, spec: left.spec },
      b: { label: right.name, spec: right.spec },
    });
    onClose();
  };
  return (
    <FormDialog
      title="Compare two spec files"
      submitLabel="Compare"
      canSubmit={Boolean(left?.spec && right?.spec)}
      onSubmit={submit}
      onClose={onClose}
    >
      <Typography variant="body2" sx={{ mb: 2 }}>
        The files stay in your browser: nothing is uploaded.
      </Typography>
      <FilePicker side="Left" picked={left} onPick={setLeft} />
      <FilePicker side="Right" picked={right} onPick={setRight} />
    </FormDialog>
  );
}
