/** The top of the Launch tab: the launch button, where it launches to, and why it was refused. */
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import CircularProgress from '@mui/material/CircularProgress';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { useStudio, useStudioApi } from '@/app/store/context';
import type { Finding, SessionSpec } from '@/spec/index';
import { describeMode, useHealth } from './api/health';
import { PlayIcon } from './icons';
import { useLaunch, useLaunchApi } from './launch-store';

/** Findings as buttons that take the user to the field. */
function FindingLinks({ findings, label }: { findings: readonly Finding[]; label: string }) {
  const api = useStudioApi();
  if (findings.length === 0) return null;
  return (
    <List dense disablePadding aria-label={label} sx={{ mt: 0.5 }}>
      {findings.map((f, i) => (
        <ListItemButton
          key={`${f.code}-${f.pathText}-${i}`}
          onClick={() => api.getState().requestFocus(f.path)}
          sx={{ borderRadius: 1, py: 0.25, px: 1, display: 'block' }}
        >
          <Typography component="span" variant="body2" sx={{ fontFamily: 'monospace' }}>
            {f.pathText}
          </Typography>
          <Typography component="span" variant="body2">
            {` — ${f.message}`}
          </Typography>
        </ListItemButton>
      ))}
    </List>
  );
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const LIVE = {
  open: { label: 'Live', color: 'success' },
  connecting: { label: 'Connecting', color: 'default' },
  reconnecting: { label: 'Reconnecting…', color: 'warning' },
} as const;

export function LaunchBar() {
  const studio = useStudioApi();
  const launchApi = useLaunchApi();
  const spec = useStudio((s) => s.spec);
  const findings = useStudio((s) => s.findings);
  const errors = useMemo(() => findings.filter((f) => f.severity === 'error'), [findings]);
  const attempt = useLaunch((s) => s.attempt);
  const live = useLaunch((s) => s.live);
  const health = useHealth();
  const [sent, setSent] = useState<SessionSpec>();
  const mode = health.kind === 'ok' ? describeMode(health.health) : undefined;
  const sending = attempt.kind === 'sending';
  // A refusal is about the spec that was sent; once the spec changes, the live findings apply.
  const refusal = attempt.kind === 'refused' && sent === spec ? attempt.problem : undefined;

  const launch = () => {
    const current = studio.getState().spec;
    setSent(current);
    void launchApi.getState().launch(current);
  };

  return (
    <Box sx={{ px: 2, py: 1.5, display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 1 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}>
        <Button
          variant="contained"
          disableElevation
          startIcon={sending ? <CircularProgress size={16} color="inherit" /> : <PlayIcon />}
          onClick={launch}
          disabled={sending}
        >
          Launch test session
        </Button>
        <Typography variant="body2" color="text.secondary" sx={{ flex: 1, minWidth: 180 }}>
          {mode ? (
            <>
              Sends the current spec to <strong>{mode.label}</strong>
              <Box
                component="span"
                sx={{ display: 'block', fontFamily: 'monospace', fontSize: 12 }}
              >
                {mode.api}
              </Box>
            </>
          ) : health.kind === 'error' ? (
            'The Studio server is unreachable.'
          ) : (
            'Connecting to the Studio server…'
          )}
        </Typography>
        <Chip
          size="small"
          variant="outlined"
          color={LIVE[live].color}
          label={LIVE[live].label}
          role="status"
          aria-label={`Live updates: ${LIVE[live].label}`}
        />
      </Box>
      {refusal ? (
        <Alert severity="error" role="alert">
          <AlertTitle>
            {refusal.code === 'invalid_spec' || refusal.code === 'upstream_rejected'
              ? 'The session was not created'
              : 'The launch failed'}
          </AlertTitle>
          {refusal.message}
          <FindingLinks
            findings={refusal.findings.filter((f) => f.severity === 'error')}
            label="Why the server refused the spec"
          />
          {refusal.causes.length > 0 && (
            <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2.5 }}>
              {refusal.causes.map((cause) => (
                <li key={cause}>{cause}</li>
              ))}
            </Box>
          )}
        </Alert>
      ) : (
        errors.length > 0 && (
          <Alert severity="warning">
            This spec has {plural(errors.length, 'error')}; the server refuses to launch it until{' '}
            {errors.length === 1 ? 'it is' : 'they are'} fixed.
            <FindingLinks findings={errors} label="Errors to fix before launching" />
          </Alert>
        )
      )}
    </Box>
  );
}
