/** A session's result (GET /api/sessions/:id): state, checks with breakdown, tasks, resources. */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { Fragment, type ReactNode } from 'react';
import type { SessionResult } from './api/schemas';
import { formatTime } from './history';
import {
  checkLabel,
  formatDuration,
  recommendationSummary,
  resourceRows,
  taskRows,
  toneOf,
} from './results';

/** A result value (APPROVE, FAIL, DONE, …) as a coloured chip. */
export function ValueChip(props: { value: string; detail?: string | undefined; small?: boolean }) {
  const { value, detail, small } = props;
  const tone = toneOf(value);
  return (
    <Chip
      size="small"
      variant={tone === 'default' ? 'outlined' : 'filled'}
      label={detail ? `${value} · ${detail}` : value}
      sx={{ fontWeight: 600, letterSpacing: 0.2, ...(small ? { height: 20, fontSize: 11 } : {}) }}
      color={tone}
    />
  );
}

function Subheading({ children }: { children: ReactNode }) {
  return (
    <Typography component="h4" variant="subtitle2" sx={{ mt: 2, mb: 0.5, color: 'text.secondary' }}>
      {children}
    </Typography>
  );
}

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

/** Lets a wide table scroll sideways inside its card instead of widening the panel. */
const ScrollX = ({ children }: { children: ReactNode }) => (
  <Box sx={{ overflowX: 'auto' }}>{children}</Box>
);

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

function Checks({ result }: { result: SessionResult }) {
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
      <Checks result={result} />
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
