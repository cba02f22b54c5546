/** "Compare two versions": pick A (older) and B (newer) and open the diff view. */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useStudioApi } from '@/app/store/context';
import type { FlowSummary, VersionSummary } from './api/schemas';
import { fetchVersion } from './commands';
import { useFlowsApi } from './flows-store';

export function CompareVersions({
  flow,
  versions,
}: {
  flow: FlowSummary;
  versions: VersionSummary[];
}) {
  const studio = useStudioApi();
  const flows = useFlowsApi();
  const numbers = versions.map((v) => v.number);
  const [a, setA] = useState(numbers[1] ?? numbers[0] ?? 1);
  const [b, setB] = useState(numbers[0] ?? 1);
  const [busy, setBusy] = useState(false);
  const compare = async () => {
    setBusy(true);
    const [va, vb] = await Promise.all([
      fetchVersion(studio, flows, flow.id, a),
      fetchVersion(studio, flows, flow.id, b),
    ]);
    setBusy(false);
    if (!va || !vb) return;
    flows.getState().compare({
      title: `Compare ${flow.name} v${a} with v${b}`,
      a: { label: `v${a}`, spec: va.spec },
      b: { label: `v${b}`, spec: vb.spec },
    });
  };
  const select = (label: string, value: number, set: (n: number) => void) => (
    <TextField
      select
      size="small"
      label={label}
      value={value}
      onChange={(e) => set(Number(e.target.value))}
      sx={{ minWidth: 110 }}
    >
      {numbers.map((n) => (
        <MenuItem key={n} value={n}>
          v{n}
        </MenuItem>
      ))}
    </TextField>
  );
  return (
    <Box
      role="group"
      aria-label="Compare two versions"
      sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}
    >
      {select('Version A', a, setA)}
      {select('Version B', b, setB)}
      <Button
        variant="outlined"
        size="small"
        disabled={busy || a === b}
        onClick={() => void compare()}
      >
        Compare A with B
      </Button>
    </Box>
  );
}
