/** A session's result (GET /api/sessions/:id): state, checks with breakdown, tasks, resources. */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import type { SessionResult } from './api/schemas';
import { ChecksTable } from './checks-table';
import { formatTime } from './history';
import { formatDuration, recommendationSummary, resourceRows, taskRows } from './results';
import { ValueChip } from './value-chip';

function Subheading({ children }: { children: ReactNode }) {
  return (
    <Typography component="h4" variant="subtitle2" sx={{ mt: 2, mb: 0.5, color: 'text.secondary' }}>
      {children}
    </Typography>
  );
}

const mono = { fontFamily: 'monospace', fontSize: 12 } as const;

/** Lets a wide table scroll sideways inside its card instead of widening the panel. */
const ScrollX = ({ children }: { children: ReactNode }) => (
  <Box sx={{ overflowX: 'auto' }}>{children}</Box>
);

function Tasks({ result }: { result: SessionResult }) {
  const rows = taskRows(result);
  if (rows.length === 0)
    return (
      <Typography variant="body2" color="text.secondary">
        No tasks ran.
      </Typography>
    );
  return (
    <ScrollX>
      <Table size="small" aria-label="Tasks">
        <TableHead>
          <TableRow>
            <TableCell>Task</TableCell>
            <TableCell>On</TableCell>
            <TableCell>State</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((t, i) => (
            <TableRow key={`${t.type}-${i}`}>
              <TableCell>{t.label}</TableCell>
              <TableCell>{t.resource}</TableCell>
              <TableCell>
                <ValueChip value={t.state || 'UNKNOWN'} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollX>
  );
}

function Resources({ result }: { result: SessionResult }) {
  const rows = resourceRows(result);
  if (rows.length === 0)
    return (
      <Typography variant="body2" color="text.secondary">
        No resources yet.
      </Typography>
    );
  return (
    <ScrollX>
      <Table size="small" aria-label="Resources">
        <TableHead>
          <TableRow>
            <TableCell>Resource</TableCell>
            <TableCell>Details</TableCell>
            <TableCell>Source</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.id}>
              <TableCell>{r.kind}</TableCell>
              <TableCell>{r.detail || '—'}</TableCell>
              <TableCell>{r.source || '—'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollX>
  );
}

/** Facts in a two-column list. */
function Facts({ items }: { items: [string, ReactNode][] }) {
  return (
    <Box
      component="dl"
      sx={{
        display: 'grid',
        gridTemplateColumns: 'max-content 1fr',
        columnGap: 2,
        rowGap: 0.5,
        m: 0,
      }}
    >
      {items.map(([term, value]) => (
        <Box key={term} sx={{ display: 'contents' }}>
          <Typography component="dt" variant="body2" color="text.secondary">
            {term}
          </Typography>
          <Typography component="dd" variant="body2" sx={{ m: 0 }}>
            {value}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}

export function ResultsBody({ result }: { result: SessionResult }) {
  const profile = result.identity_profile;
  const facts: [string, ReactNode][] = [['State', <ValueChip key="s" value={result.state} />]];
  if (result.checks.length > 0) facts.push(['Checks', recommendationSummary(result)]);
  if (result.biometric_consent)
    facts.push(['Biometric consent', formatTime(result.biometric_consent)]);
  if (result.user_tracking_id) facts.push(['User tracking ID', result.user_tracking_id]);
  if (result.client_session_token_ttl !== undefined)
    facts.push(['Token valid for', formatDuration(result.client_session_token_ttl)]);
  if (profile)
    facts.push([
      'Identity profile',
      <ValueChip
        key="p"
        value={profile.result ?? 'PENDING'}
        detail={profile.failure_reason?.reason_code}
      />,
    ]);
  return (
    <Box>
      <Facts items={facts} />
      <Subheading>Checks</Subheading>
      <ChecksTable result={result} />
      <Subheading>Tasks</Subheading>
      <Tasks result={result} />
      <Subheading>Resources</Subheading>
      <Resources result={result} />
      <Box component="details" sx={{ mt: 2 }}>
        <Box
          component="summary"
          sx={{ cursor: 'pointer', typography: 'body2', color: 'text.secondary' }}
        >
          Raw response
        </Box>
        <Box
          component="pre"
          sx={{
            ...mono,
            m: 0,
            mt: 1,
            p: 1,
            bgcolor: 'action.hover',
            borderRadius: 1,
            overflow: 'auto',
            maxHeight: 320,
          }}
        >
          {JSON.stringify(result, null, 2)}
        </Box>
      </Box>
    </Box>
  );
}

/** The result, or why it is not shown. */
export function ResultsState(props: {
  result: SessionResult | undefined;
  loading: boolean;
  error: string | undefined;
}) {
  return (
    <>
      {props.error && (
        <Alert severity={props.result ? 'warning' : 'error'} sx={{ mb: 1 }}>
          {props.error}
        </Alert>
      )}
      {props.result ? (
        <ResultsBody result={props.result} />
      ) : (
        props.loading && (
          <Typography variant="body2" color="text.secondary">
            Loading the result…
          </Typography>
        )
      )}
    </>
  );
}
