/** Finds the schema that governs a JSON path, following discriminated unions by the value's `type`. */
import { z } from 'zod';

type Path = readonly (string | number)[];

/** Strips optional, nullable and default wrappers. */
export const unwrap = (s: z.ZodType): z.ZodType => {
  let cur = s;
  for (;;) {
    if (cur instanceof z.ZodOptional || cur instanceof z.ZodNullable)
      cur = cur.unwrap() as z.ZodType;
    else if (cur instanceof z.ZodDefault) cur = cur.unwrap() as z.ZodType;
    else return cur;
  }
};

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The object option of a discriminated union that matches `value.type`, if any. */
function pickOption(s: z.ZodDiscriminatedUnion, value: unknown): z.ZodType | undefined {
  const disc = s._zod.def.discriminator;
  const tag = isRecord(value) ? value[disc] : undefined;
  for (const opt of s.options as z.ZodType[]) {
    const o = unwrap(opt);
    if (o instanceof z.ZodObject) {
      const lit = unwrap(o.shape[disc] as z.ZodType);
      if (lit instanceof z.ZodLiteral && lit.values.has(tag as never)) return o;
    }
  }
  return undefined;
}

/** Resolves unions against the value at hand; returns the unwrapped schema. */
function resolve(s: z.ZodType, value: unknown): z.ZodType {
  const u = unwrap(s);
  if (u instanceof z.ZodDiscriminatedUnion) return pickOption(u, value) ?? u;
  return u;
}

/**
 * The schema at `path` inside `root`, given the document `doc` (needed to choose union options).
 * Returns undefined where the path leaves the schema.
 */
export function schemaAt(root: z.ZodType, path: Path, doc: unknown): z.ZodType | undefined {
  let s: z.ZodType = resolve(root, doc);
  let value = doc;
  for (const seg of path) {
    if (s instanceof z.ZodObject && typeof seg === 'string') {
      const child = s.shape[seg] as z.ZodType | undefined;
      if (!child) return undefined;
      value = isRecord(value) ? value[seg] : undefined;
      s = resolve(child, value);
    } else if (s instanceof z.ZodArray && typeof seg === 'number') {
      value = Array.isArray(value) ? value[seg] : undefined;
      s = resolve(s.element as z.ZodType, value);
    } else if (s instanceof z.ZodRecord) {
      value = isRecord(value) ? value[String(seg)] : undefined;
      s = resolve(s._zod.def.valueType as z.ZodType, value);
    } else return undefined;
  }
  return s;
}

/** The keys an object schema allows (empty when the schema is not an object). */
export function knownKeys(s: z.ZodType | undefined): string[] {
  return s instanceof z.ZodObject ? Object.keys(s.shape) : [];
}

/** Keys of an object schema that must be present. */
export function requiredKeys(s: z.ZodType | undefined): string[] {
  if (!(s instanceof z.ZodObject)) return [];
  return Object.entries(s.shape as Record<string, z.ZodType>)
    .filter(([, v]) => !(v instanceof z.ZodOptional) && !(v instanceof z.ZodDefault))
    .map(([k]) => k);
}
