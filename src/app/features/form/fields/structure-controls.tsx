/** Nested objects (switched on and off when optional), unions, maps and lists of objects. */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { z } from 'zod';
import { describeField } from '@/spec/index';
import { unwrap } from '@/spec/schema-walk';
import { defaultFor } from '../default-value';
import { FieldHelp } from '../field-help';
import { fieldId, labelOf } from '../field-meta';
import { SpecField } from '../spec-field';
import type { ControlProps } from './scalar-fields';

type StructureProps = ControlProps & { omit?: readonly string[] };

const record = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/** A bordered group with the field's label as its heading. */
function Group({
  title,
  children,
  id,
}: {
  title?: string;
  children: React.ReactNode;
  id?: string;
}) {
  return (
    <Box
      role="group"
      aria-label={title}
      id={id}
      tabIndex={id ? -1 : undefined}
      sx={{ borderLeft: 3, borderColor: 'divider', pl: 2, display: 'grid', gap: 2 }}
    >
      {children}
    </Box>
  );
}

/** Shows "Use <label>" for an optional object; on adds its default, off removes it. */
function OptionalSwitch({
  meta,
  set,
  label,
  defaultValue,
}: ControlProps & { defaultValue: () => unknown }) {
  const on = meta.value !== undefined;
  return (
    <Box>
      <FormControlLabel
        control={
          <Switch
            id={fieldId(meta.path)}
            checked={on}
            onChange={(e) => set(e.target.checked ? defaultValue() : undefined)}
          />
        }
        label={label ?? labelOf(meta)}
      />
      <FieldHelp entry={meta.entry} />
    </Box>
  );
}

/** An optional object with no fields (e.g. an objective's `config: {}`) is left to the JSON editor. */
const isEmptyObject = (s: z.ZodType | undefined) => {
  const u = s && unwrap(s);
  return u instanceof z.ZodObject && Object.keys(u.shape as object).length === 0;
};

function Children({ meta, omit, keys }: StructureProps & { keys: string[] }) {
  const shape =
    meta.schema instanceof z.ZodObject ? (meta.schema.shape as Record<string, z.ZodType>) : {};
  return (
    <>
      {keys
        .filter((k) => !omit?.includes(k) && !isEmptyObject(shape[k]))
        .map((k) => (
          <SpecField key={k} path={[...meta.path, k]} />
        ))}
    </>
  );
}

export function ObjectControl(props: StructureProps) {
  const { meta } = props;
  if (!(meta.schema instanceof z.ZodObject)) return null;
  const schema = meta.schema;
  const keys = Object.keys(schema.shape as object);
  if (meta.optional || meta.value === undefined) {
    return (
      <Box sx={{ display: 'grid', gap: 1.5 }}>
        <OptionalSwitch {...props} defaultValue={() => defaultFor(schema, meta.key)} />
        {meta.value !== undefined && (
          <Group title={props.label ?? labelOf(meta)}>
            <Children {...props} keys={keys} />
          </Group>
        )}
      </Box>
    );
  }
  return <Children {...props} keys={keys} />;
}

/** A union such as a document filter: choose the kind, then its fields. */
export function UnionControl(props: StructureProps) {
  const { meta, set } = props;
  const union = meta.union;
  if (!union) return null;
  const disc = union._zod.def.discriminator;
  const options = (union.options as z.ZodType[]).map((o) => {
    const obj = unwrap(o) as z.ZodObject;
    const tag = String([...((obj.shape as Record<string, z.ZodLiteral>)[disc]?.values ?? [])][0]);
    return { tag, schema: obj };
  });
  const current = record(meta.value)[disc];
  const choose = (tag: string) => {
    const option = options.find((o) => o.tag === tag);
    if (!option) return;
    const fresh = record(defaultFor(option.schema, meta.key ? `${meta.key}{${tag}}` : undefined));
    const old = record(meta.value);
    const keep = Object.keys(option.schema.shape as object).filter((k) => k !== disc && k in old);
    set({ ...fresh, [disc]: tag, ...Object.fromEntries(keep.map((k) => [k, old[k]])) });
  };
  const optionLabel = (tag: string) => describeField(`${meta.key}{${tag}}`)?.label ?? tag;
  const title = props.label ?? labelOf(meta);
  return (
    <Box sx={{ display: 'grid', gap: 1.5 }}>
      {meta.optional && (
        <OptionalSwitch
          {...props}
          defaultValue={() => ({
            ...record(defaultFor(options[0]!.schema, meta.key)),
            [disc]: options[0]!.tag,
          })}
        />
      )}
      {meta.value !== undefined && (
        <Group title={title}>
          <TextField
            select
            size="small"
            fullWidth
            id={meta.optional ? `${fieldId(meta.path)}-kind` : fieldId(meta.path)}
            label={`${title}: kind`}
            value={typeof current === 'string' ? current : ''}
            onChange={(e) => choose(e.target.value)}
            helperText={
              meta.optional ? (
                describeField(`${meta.key}{${String(current)}}`)?.help
              ) : (
                <FieldHelp entry={meta.entry} />
              )
            }
          >
            {options.map((o) => (
              <MenuItem key={o.tag} value={o.tag}>
                {optionLabel(o.tag)}
              </MenuItem>
            ))}
          </TextField>
          <Children
            key={String(current)}
            {...props}
            keys={Object.keys(options.find((o) => o.tag === current)?.schema.shape ?? {})}
          />
        </Group>
      )}
    </Box>
  );
}

/** A map of names to values (ComplyAdvantage tags, attempt counts per category). */
export function RecordControl(props: StructureProps) {
  const { meta, set } = props;
  const [newKey, setNewKey] = useState('');
  const value = record(meta.value);
  const valueSchema =
    meta.schema instanceof z.ZodRecord
      ? unwrap(meta.schema._zod.def.valueType as z.ZodType)
      : undefined;
  const numeric = valueSchema instanceof z.ZodNumber;
  const title = props.label ?? labelOf(meta);
  const body = (
    <Group title={title} id={fieldId(meta.path)}>
      {Object.keys(value).map((k) => (
        <Box key={k} sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
          <Box sx={{ flex: 1 }}>
            <SpecField path={[...meta.path, k]} label={k} />
          </Box>
          <IconButton
            aria-label={`Remove ${k}`}
            onClick={() => set(Object.fromEntries(Object.entries(value).filter(([x]) => x !== k)))}
          >
            ×
          </IconButton>
        </Box>
      ))}
      <Box sx={{ display: 'flex', gap: 1 }}>
        <TextField
          size="small"
          label={`New ${title} name`}
          value={newKey}
          onChange={(e) => setNewKey(e.target.value)}
        />
        <Button
          variant="outlined"
          disabled={newKey.trim() === '' || newKey in value}
          onClick={() => {
            set({ ...value, [newKey.trim()]: numeric ? 1 : '' });
            setNewKey('');
          }}
        >
          Add
        </Button>
      </Box>
    </Group>
  );
  if (!meta.optional) return body;
  return (
    <Box sx={{ display: 'grid', gap: 1.5 }}>
      <OptionalSwitch {...props} defaultValue={() => defaultFor(meta.schema!, meta.key)} />
      {meta.value !== undefined && body}
    </Box>
  );
}

/** A list of objects (restriction entries, profiles, schemes): add, remove, edit each. */
export function ObjectArrayControl(props: StructureProps) {
  const { meta, set } = props;
  const items = Array.isArray(meta.value) ? (meta.value as unknown[]) : [];
  const element =
    meta.schema instanceof z.ZodArray ? (meta.schema.element as z.ZodType) : undefined;
  const title = props.label ?? labelOf(meta);
  const list = (
    <Group title={title} id={fieldId(meta.path)}>
      {items.map((_, i) => (
        <Box
          key={i}
          sx={{
            display: 'grid',
            gap: 1.5,
            p: 1.5,
            border: 1,
            borderColor: 'divider',
            borderRadius: 1,
          }}
        >
          <Box sx={{ display: 'flex', alignItems: 'center' }}>
            <Typography variant="subtitle2" sx={{ flex: 1 }}>
              {title} {i + 1}
            </Typography>
            <Button
              size="small"
              color="error"
              aria-label={`Remove ${title} ${i + 1}`}
              onClick={() => set(items.filter((__, j) => j !== i))}
            >
              Remove
            </Button>
          </Box>
          <SpecField path={[...meta.path, i]} />
        </Box>
      ))}
      <Box>
        <Button
          variant="outlined"
          size="small"
          onClick={() => element && set([...items, defaultFor(element, meta.key)])}
        >
          Add {title.toLowerCase()}
        </Button>
      </Box>
    </Group>
  );
  if (!meta.optional) return list;
  return (
    <Box sx={{ display: 'grid', gap: 1.5 }}>
      <OptionalSwitch {...props} defaultValue={() => []} />
      {meta.value !== undefined && list}
    </Box>
  );
}
