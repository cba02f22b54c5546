/** Controls for single values: choice, yes/no, number, text. All labelled, all keyboard-operable. */
import Autocomplete, { createFilterOptions } from '@mui/material/Autocomplete';
import Button from '@mui/material/Button';
import InputAdornment from '@mui/material/InputAdornment';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { z } from 'zod';
import { FieldHelp } from '../field-help';
import { fieldId, labelOf, type FieldMeta } from '../field-meta';
import { useFindingAt } from '../use-field';
import { humanDuration } from './duration';

export interface ControlProps {
  meta: FieldMeta;
  set: (value: unknown) => void;
  label?: string;
}

const UNSET = '__unset__';

/** "Passive (STATIC)": the label, with the wire value added unless the label already shows it. */
export const optionText = (label: string | undefined, value: string) =>
  !label || label === value ? value : label.includes(value) ? label : `${label} (${value})`;

/** The text under a control: its finding (if any) above the catalogue's help. */
export function useHelperText(meta: FieldMeta) {
  const problem = useFindingAt(meta.path);
  const helpId = `${fieldId(meta.path)}-help`;
  return {
    error: problem?.severity === 'error',
    helperText: (
      <>
        {problem && <span style={{ display: 'block', fontWeight: 600 }}>{problem.message}</span>}
        <FieldHelp entry={meta.entry} />
      </>
    ),
    helpId,
  };
}

/** A select for enum values (with labels from the catalogue) and, when optional, "Not set". */
export function EnumControl({ meta, set, label }: ControlProps) {
  const options = meta.schema instanceof z.ZodEnum ? meta.schema.options.map(String) : [];
  const h = useHelperText(meta);
  const value = typeof meta.value === 'string' ? meta.value : UNSET;
  const unsetLabel = meta.entry?.default ? `Not set (default: ${meta.entry.default})` : 'Not set';
  return (
    <TextField
      select
      fullWidth
      size="small"
      id={fieldId(meta.path)}
      label={label ?? labelOf(meta)}
      value={value}
      onChange={(e) => set(e.target.value === UNSET ? undefined : e.target.value)}
      error={h.error}
      helperText={h.helperText}
    >
      {meta.optional && <MenuItem value={UNSET}>{unsetLabel}</MenuItem>}
      {options.map((o) => (
        <MenuItem key={o} value={o}>
          {optionText(meta.entry?.values?.[o]?.label, o)}
        </MenuItem>
      ))}
    </TextField>
  );
}

/** Yes / No, plus "Not set" when the key is optional: false and absent are different requests. */
export function BooleanControl({ meta, set, label }: ControlProps) {
  const h = useHelperText(meta);
  const value = meta.value === true ? 'true' : meta.value === false ? 'false' : UNSET;
  const unsetLabel = meta.entry?.default ? `Not set (default: ${meta.entry.default})` : 'Not set';
  return (
    <TextField
      select
      fullWidth
      size="small"
      id={fieldId(meta.path)}
      label={label ?? labelOf(meta)}
      value={value}
      onChange={(e) => set(e.target.value === UNSET ? undefined : e.target.value === 'true')}
      error={h.error}
      helperText={h.helperText}
    >
      {meta.optional && <MenuItem value={UNSET}>{unsetLabel}</MenuItem>}
      <MenuItem value="true">Yes</MenuItem>
      <MenuItem value="false">No</MenuItem>
    </TextField>
  );
}

/**
 * A text box that keeps what the user types until it is a whole value (e.g. "1." or "-"), and
 * commits each complete value at once.
 */
function useDraft(value: unknown, format: (v: unknown) => string) {
  const [draft, setDraft] = useState(format(value));
  const [seen, setSeen] = useState(value);
  // The value changed elsewhere (undo, JSON editor): show it (React's "adjust state on prop change").
  if (value !== seen) {
    setSeen(value);
    setDraft(format(value));
  }
  return [draft, setDraft] as const;
}

const formatNumber = (v: unknown) => (typeof v === 'number' ? String(v) : '');

export function NumberControl({ meta, set, label }: ControlProps) {
  const h = useHelperText(meta);
  const int =
    meta.schema instanceof z.ZodNumber && (meta.schema.isInt || meta.schema.format === 'safeint');
  const [draft, setDraft] = useDraft(meta.value, formatNumber);
  const seconds =
    /ttl/.test(String(meta.path[meta.path.length - 1])) && typeof meta.value === 'number';
  return (
    <TextField
      fullWidth
      size="small"
      id={fieldId(meta.path)}
      label={label ?? labelOf(meta)}
      value={draft}
      inputMode={int ? 'numeric' : 'decimal'}
      onChange={(e) => {
        const text = e.target.value;
        setDraft(text);
        if (text.trim() === '') {
          if (meta.optional) set(undefined);
          return;
        }
        const n = Number(text);
        if (Number.isFinite(n) && (!int || Number.isInteger(n))) set(n);
      }}
      error={h.error}
      helperText={
        <>
          {seconds && (
            <span style={{ display: 'block' }}>= {humanDuration(meta.value as number)}</span>
          )}
          {h.helperText}
        </>
      }
      slotProps={{ htmlInput: { inputMode: int ? 'numeric' : 'decimal' } }}
    />
  );
}

const formatText = (v: unknown) => (typeof v === 'string' ? v : '');

/** Free text; secrets are masked; an optional key is removed when the box is emptied. */
export function TextControl({ meta, set, label, secret }: ControlProps & { secret?: boolean }) {
  const h = useHelperText(meta);
  const [draft, setDraft] = useDraft(meta.value, formatText);
  const [shown, setShown] = useState(false);
  const vocabulary = Object.keys(meta.entry?.values ?? {});
  const describe = (o: string) => {
    const l = meta.entry?.values?.[o]?.label;
    return l && l !== o ? `${o} — ${l}` : o;
  };
  if (vocabulary.length > 0 && !secret)
    return (
      <Autocomplete
        freeSolo
        size="small"
        id={fieldId(meta.path)}
        options={vocabulary}
        value={typeof meta.value === 'string' ? meta.value : null}
        inputValue={draft}
        onInputChange={(_, text) => {
          setDraft(text);
          set(text === '' && meta.optional ? undefined : text);
        }}
        // The box shows the value as sent and the list says what each means. A label in the box
        // would be written into the spec: MUI resets the input to the label after each change.
        getOptionLabel={(o) => o}
        filterOptions={createFilterOptions({ stringify: describe })}
        renderOption={({ key, ...props }, o) => (
          <li key={key} {...props}>
            {describe(o)}
          </li>
        )}
        renderInput={(params) => (
          <TextField
            {...params}
            label={label ?? labelOf(meta)}
            error={h.error}
            helperText={h.helperText}
          />
        )}
      />
    );
  return (
    <TextField
      fullWidth
      size="small"
      id={fieldId(meta.path)}
      label={label ?? labelOf(meta)}
      value={draft}
      type={secret && !shown ? 'password' : 'text'}
      autoComplete={secret ? 'new-password' : 'off'}
      slotProps={
        secret
          ? {
              input: {
                endAdornment: (
                  <InputAdornment position="end">
                    <Button
                      size="small"
                      onClick={() => setShown((v) => !v)}
                      aria-pressed={shown}
                      aria-label={`Show ${label ?? labelOf(meta)}`}
                    >
                      {shown ? 'Hide' : 'Show'}
                    </Button>
                  </InputAdornment>
                ),
              },
            }
          : undefined
      }
      onChange={(e) => {
        setDraft(e.target.value);
        set(e.target.value === '' && meta.optional ? undefined : e.target.value);
      }}
      error={h.error}
      helperText={h.helperText}
    />
  );
}
