/** The checks of a session result: each check's recommendation (with reason) and breakdown. */
import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { Fragment } from 'react';
import type { SessionResult } from './api/schemas';
import { checkLabel } from './results';
import { ValueChip } from './value-chip';

const mono = { fontFamily: 'monospace', fontSize: 12 } as const;

/** A CONSTANT_NAME that may wrap after its underscores. */
function Breakable({ text }: { text: string }) {
  return text.split('_').map((part, i) => (
    <Fragment key={i}>
      {i > 0 && (
        <>
          _<wbr />
        </>
      )}
      {part}
    </Fragment>
  ));
}

function Breakdown({ items }: { items: readonly { sub_check: string; result: string }[] }) {
  if (items.length === 0) return null;
  return (
    <Box
      component="ul"
      aria-label="Breakdown"
      sx={{ m: 0, mt: 1, p: 0, listStyle: 'none', display: 'flex', flexWrap: 'wrap', gap: 1.5 }}
    >
      {items.map((b) => (
        <Box
          component="li"
          key={b.sub_check}
          sx={{ display: 'flex', gap: 0.75, alignItems: 'center' }}
        >
          <Box component="span" sx={mono}>
            {b.sub_check}
          </Box>
          <ValueChip value={b.result} small />
        </Box>
      ))}
    </Box>
  );
}

export function ChecksTable({ result }: { result: SessionResult }) {
  if (result.checks.length === 0)
    return (
      <Typography variant="body2" color="text.secondary">
        {result.state === 'ONGOING'
          ? 'No checks have run yet: they start when the user finishes the flow.'
          : 'No checks ran.'}
      </Typography>
    );
  return (
    <Table size="small" aria-label="Checks" sx={{ tableLayout: 'fixed' }}>
      <TableHead>
        <TableRow>
          <TableCell sx={{ width: '36%' }}>Check</TableCell>
          <TableCell>Recommendation and breakdown</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {result.checks.map((check) => {
          const rec = check.report?.recommendation;
          return (
            <TableRow key={check.id}>
              <TableCell sx={{ verticalAlign: 'top' }}>
                <Typography variant="body2" sx={{ fontWeight: 600 }}>
                  {checkLabel(check.type)}
                </Typography>
                <Typography variant="caption" color="text.secondary" sx={mono}>
                  <Breakable text={check.type} />
                </Typography>
              </TableCell>
              <TableCell sx={{ verticalAlign: 'top' }}>
                {rec ? <ValueChip value={rec.value} detail={rec.reason} /> : check.state}
                {rec?.recovery_suggestion && (
                  <Typography variant="caption" sx={{ display: 'block', mt: 0.5 }}>
                    Recovery suggestion: {rec.recovery_suggestion}
                  </Typography>
                )}
                <Breakdown items={check.report?.breakdown ?? []} />
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
