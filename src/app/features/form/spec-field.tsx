/**
 * One component renders any field of the spec from its schema and catalogue entry (STYLE habit 4):
 * choices, yes/no, numbers, text, lists, countries, colours, nested objects, unions, maps, lists
 * of objects. Sections only say which paths to show.
 */
import { memo } from 'react';
import { z } from 'zod';
import type { JsonPath } from '@/spec/index';
import { useField } from './use-field';
import {
  ColourControl,
  CountryControl,
  StringListControl,
  isCountryField,
} from './fields/list-controls';
import { BooleanControl, EnumControl, NumberControl, TextControl } from './fields/scalar-fields';
import {
  ObjectArrayControl,
  ObjectControl,
  RecordControl,
  UnionControl,
} from './fields/structure-controls';

const SECRET_KEYS = new Set(['auth_token', 'api_key']);

export interface SpecFieldProps {
  path: JsonPath;
  /** Overrides the catalogue label. */
  label?: string;
  /** For objects: child keys not to render (a section renders them elsewhere). */
  omit?: readonly string[];
}

function SpecFieldInner({ path, label, omit }: SpecFieldProps) {
  const field = useField(path);
  const { schema: s } = field;
  const last = String(path[path.length - 1] ?? '');
  const props = { meta: field, set: field.set, label };
  if (!s || s instanceof z.ZodLiteral) return null;
  if (s instanceof z.ZodEnum) return <EnumControl {...props} />;
  if (s instanceof z.ZodBoolean) return <BooleanControl {...props} />;
  if (s instanceof z.ZodNumber) return <NumberControl {...props} />;
  if (s instanceof z.ZodString) {
    if (last.endsWith('colour') || last.endsWith('colour_dark_mode'))
      return <ColourControl {...props} />;
    if (isCountryField(path)) return <CountryControl {...props} />;
    return <TextControl {...props} secret={SECRET_KEYS.has(last)} />;
  }
  if (s instanceof z.ZodArray) {
    const element = s.element as z.ZodType;
    if (element instanceof z.ZodString || element instanceof z.ZodEnum)
      return <StringListControl {...props} />;
    return <ObjectArrayControl {...props} />;
  }
  if (s instanceof z.ZodRecord) return <RecordControl {...props} />;
  if (field.union) return <UnionControl {...props} omit={omit} />;
  if (s instanceof z.ZodObject) return <ObjectControl {...props} omit={omit} />;
  return null;
}

const sameProps = (a: SpecFieldProps, b: SpecFieldProps) =>
  a.label === b.label &&
  a.path.length === b.path.length &&
  a.path.every((p, i) => p === b.path[i]) &&
  (a.omit ?? []).join() === (b.omit ?? []).join();

/**
 * Memoized by path: a field re-renders when its own value changes (it subscribes to it), not
 * whenever a parent does.
 */
export const SpecField = memo(SpecFieldInner, sameProps);
