/** The semantic summary of a comparison: changes grouped by form section, one line each. */
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import type { SpecChange } from '@/spec/index';
import { changePath, describeChanges, groupChanges } from './group-changes';

const KIND = {
  added: { label: 'Added', color: 'success' },
  removed: { label: 'Removed', color: 'error' },
  changed: { label: 'Changed', color: 'info' },
} as const;

export interface DiffSummaryProps {
  changes: readonly SpecChange[];
  /** Heading level of the section names (the summary sits under an h2 or h3). */
  level?: 3 | 4;
}

export function DiffSummary({ changes, level = 3 }: DiffSummaryProps) {
  const id = useId();
  if (changes.length === 0)
    return (
      <Typography variant="body2" color="text.secondary">
        No differences: both specs serialize to the same JSON.
      </Typography>
    );
  return (
    <Box>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {describeChanges(changes)}
      </Typography>
      {groupChanges(changes).map((group, g) => (
        <Box
          component="section"
          key={group.section}
          aria-labelledby={`${id}-${g}`}
          sx={{ mb: 1.5 }}
        >
          <Typography
            id={`${id}-${g}`}
            component={`h${level}`}
            variant="subtitle2"
            sx={{ fontWeight: 600 }}
          >
            {group.section}
          </Typography>
          <Box
            component="ul"
            aria-label={`Changes in ${group.section}`}
            sx={{ listStyle: 'none', m: 0, p: 0 }}
          >
            {group.changes.map((change, i) => (
              <Box
                component="li"
                key={i}
                sx={{ display: 'flex', gap: 1, alignItems: 'baseline', py: 0.25, flexWrap: 'wrap' }}
              >
                <Chip
                  size="small"
                  variant="outlined"
                  color={KIND[change.kind].color}
                  label={KIND[change.kind].label}
                  sx={(theme) => {
                    // A shade darker (lighter in dark mode): the summary also sits on tinted alerts.
                    const tone = theme.palette[KIND[change.kind].color];
                    const color = theme.palette.mode === 'light' ? tone.dark : tone.light;
                    return { minWidth: 76, color, borderColor: color };
                  }}
                />
                <Typography variant="body2" component="span">
                  {change.summary}
                </Typography>
                <Typography
                  variant="caption"
                  component="code"
                  color="text.secondary"
                  sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}
                >
                  {changePath(change)}
                </Typography>
              </Box>
            ))}
          </Box>
        </Box>
      ))}
    </Box>
  );
}
