/** What the form needs to know about the field at a JSON path: schema, catalogue entry, value. */
import { z } from 'zod';
import {
  catalogueKeyOf,
  describeField,
  getAtPath,
  sessionSpecSchema,
  type CatalogueEntry,
  type JsonPath,
  type SessionSpec,
} from '@/spec/index';
import { schemaAt, unwrap } from '@/spec/schema-walk';

export interface FieldMeta {
  path: JsonPath;
  key: string | undefined;
  entry: CatalogueEntry | undefined;
  /** The field's schema with optional/default wrappers removed. */
  schema: z.ZodType | undefined;
  /** True when the key may be left out of its object. */
  optional: boolean;
  /** Set when the field is a discriminated union (e.g. a filter): its options, unresolved. */
  union: z.ZodDiscriminatedUnion | undefined;
  value: unknown;
}

/** Reads the meta of the field at `path` in `spec`. */
export function fieldMeta(spec: SessionSpec, path: JsonPath): FieldMeta {
  const parent = path.length ? schemaAt(sessionSpecSchema, path.slice(0, -1), spec) : undefined;
  const last = path[path.length - 1];
  let optional = false;
  let raw: z.ZodType | undefined;
  if (parent instanceof z.ZodObject && typeof last === 'string') {
    raw = (parent.shape as Record<string, z.ZodType>)[last];
    optional = raw instanceof z.ZodOptional;
  } else if (parent instanceof z.ZodArray) raw = parent.element as z.ZodType;
  else if (parent instanceof z.ZodRecord) raw = parent._zod.def.valueType as z.ZodType;
  const bare = raw ? unwrap(raw) : undefined;
  // For a union, describe the field itself, not the option its current value picked.
  const resolvedKey = catalogueKeyOf(path, spec);
  const key =
    bare instanceof z.ZodDiscriminatedUnion ? resolvedKey?.replace(/\{[^}]*\}$/, '') : resolvedKey;
  const s = schemaAt(sessionSpecSchema, path, spec);
  return {
    path,
    key,
    entry: key ? describeField(key) : undefined,
    schema: s ? unwrap(s) : undefined,
    optional,
    union: bare instanceof z.ZodDiscriminatedUnion ? bare : undefined,
    value: getAtPath(spec, path),
  };
}

/** A DOM id for the control of a path, used by the findings panel to focus it. */
export const fieldId = (path: JsonPath): string =>
  'field-' + path.map((p) => String(p).replace(/[^A-Za-z0-9_-]/g, '_')).join('--');

/** A field's label, falling back to its key in words. */
export const labelOf = (meta: FieldMeta): string =>
  meta.entry?.label ?? String(meta.path[meta.path.length - 1] ?? '').replace(/_/g, ' ');
