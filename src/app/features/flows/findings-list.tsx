/** Findings of a refused save or import, each with its JSON path, errors first. */
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { describeFinding } from '@/app/features/io/prepare-import';
import type { Finding } from '@/spec/index';

const SHOWN = 50;

export function FindingsList({ findings, label }: { findings: readonly Finding[]; label: string }) {
  const sorted = [...findings].sort(
    (x, y) => Number(x.severity === 'warning') - Number(y.severity === 'warning'),
  );
  return (
    <>
      <Box component="ul" aria-label={label} sx={{ listStyle: 'none', m: 0, p: 0 }}>
        {sorted.slice(0, SHOWN).map((f, i) => (
          <Box
            component="li"
            key={i}
            sx={{ display: 'flex', gap: 1, alignItems: 'baseline', py: 0.25 }}
          >
            <Chip
              size="small"
              variant="outlined"
              color={f.severity}
              label={f.severity === 'error' ? 'Error' : 'Warning'}
            />
            <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
              {describeFinding(f)}
            </Typography>
          </Box>
        ))}
      </Box>
      {findings.length > SHOWN && (
        <Typography variant="body2">…and {findings.length - SHOWN} more.</Typography>
      )}
    </>
  );
}
