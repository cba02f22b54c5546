import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { removeAtPath, setAtPath, type SessionSpec } from '@/spec/index';
import { useStudio, useStudioApi } from '@/app/store/context';
import { FieldHelp } from '../field-help';
import { fieldId } from '../field-meta';
import { humanDuration } from '../fields/duration';
import { SpecField } from '../spec-field';
import { useField } from '../use-field';
import { Section } from './section';

const KEYS = [
  'client_session_token_ttl',
  'session_deadline',
  'resources_ttl',
  'user_tracking_id',
  'block_biometric_consent',
  'create_identity_profile_preview',
  'import_token',
  'subject',
] as const;

type Expiry = 'ttl' | 'deadline' | 'default';
const expiryOf = (s: SessionSpec): Expiry =>
  s.session_deadline !== undefined
    ? 'deadline'
    : s.client_session_token_ttl !== undefined
      ? 'ttl'
      : 'default';

/** "7 days from now" for the summary; ISO ↔ the value of a datetime-local input. */
const toLocalInput = (iso: string) => {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const local = new Date(d.getTime() - d.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
};

function summary(s: SessionSpec): string {
  const parts: string[] = [];
  if (s.client_session_token_ttl !== undefined)
    parts.push(`token ${humanDuration(s.client_session_token_ttl)}`);
  if (s.session_deadline !== undefined) parts.push(`deadline ${s.session_deadline}`);
  if (s.resources_ttl !== undefined) parts.push(`resources kept ${humanDuration(s.resources_ttl)}`);
  if (s.user_tracking_id) parts.push(`tracking id ${s.user_tracking_id}`);
  return parts.join(' · ') || 'Yoti defaults';
}

function DeadlineField() {
  const f = useField(['session_deadline']);
  const value = typeof f.value === 'string' ? toLocalInput(f.value) : '';
  return (
    <TextField
      type="datetime-local"
      size="small"
      id={fieldId(['session_deadline'])}
      label="Session deadline (your local time)"
      value={value}
      onChange={(e) => f.set(e.target.value ? new Date(e.target.value).toISOString() : undefined)}
      helperText={
        <>
          {typeof f.value === 'string' && (
            <span style={{ display: 'block' }}>Sent as {f.value}</span>
          )}
          <FieldHelp entry={f.entry} />
        </>
      }
      slotProps={{ inputLabel: { shrink: true } }}
    />
  );
}

export function SessionSection() {
  const api = useStudioApi();
  const expiry = useStudio((s) => expiryOf(s.spec));
  const text = useStudio((s) => summary(s.spec));
  const choose = (next: Expiry) =>
    api.getState().apply((s) => {
      let out = removeAtPath(removeAtPath(s, ['client_session_token_ttl']), ['session_deadline']);
      if (next === 'ttl')
        out = setAtPath(out, ['client_session_token_ttl'], s.client_session_token_ttl ?? 900);
      if (next === 'deadline') {
        const inAWeek = new Date(Date.now() + 7 * 86_400_000);
        inAWeek.setSeconds(0, 0);
        out = setAtPath(out, ['session_deadline'], s.session_deadline ?? inAWeek.toISOString());
      }
      return out;
    });
  return (
    <Section id="session" title="Session" keys={KEYS} summary={text} defaultExpanded>
      <div>
        <FormLabel id="expiry-label">When the session link expires</FormLabel>
        <RadioGroup
          row
          value={expiry}
          onChange={(e) => choose(e.target.value as Expiry)}
          aria-labelledby="expiry-label"
        >
          <FormControlLabel value="ttl" control={<Radio />} label="After a time (token lifetime)" />
          <FormControlLabel value="deadline" control={<Radio />} label="At a fixed deadline" />
          <FormControlLabel value="default" control={<Radio />} label="Yoti default" />
        </RadioGroup>
        <Typography variant="caption" color="text.secondary" component="p">
          Use a token lifetime or a deadline, never both: Yoti rejects the combination.
        </Typography>
      </div>
      {expiry === 'ttl' && <SpecField path={['client_session_token_ttl']} />}
      {expiry === 'deadline' && <DeadlineField />}
      <SpecField path={['resources_ttl']} />
      <SpecField path={['user_tracking_id']} />
      <SpecField path={['block_biometric_consent']} />
      <SpecField path={['subject']} />
      <SpecField path={['create_identity_profile_preview']} />
      <SpecField path={['import_token']} />
    </Section>
  );
}
