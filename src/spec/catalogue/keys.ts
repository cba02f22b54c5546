/**
 * Catalogue keys: schema paths with array levels dropped and union options in braces, e.g.
 * `requested_checks{LIVENESS}.config.liveness_type`. Document filters are keyed from a shared root
 * `filter` wherever they appear. Discriminator `type` fields and bare `config` objects get no key
 * of their own; they are described by the entry above them.
 */
import { z } from 'zod';
import { documentFilterSchema, sessionSpecSchema } from '../schema';
import { unwrap } from '../schema-walk';

type Path = readonly (string | number)[];

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The options of a discriminated union with the literal tag of each. */
export function unionOptions(u: z.ZodDiscriminatedUnion): { tag: string; option: z.ZodObject }[] {
  const disc = u._zod.def.discriminator;
  const out: { tag: string; option: z.ZodObject }[] = [];
  for (const opt of u.options as z.ZodType[]) {
    const o = unwrap(opt);
    if (!(o instanceof z.ZodObject)) continue;
    const lit = unwrap(o.shape[disc] as z.ZodType);
    if (lit instanceof z.ZodLiteral)
      for (const v of lit.values) out.push({ tag: String(v), option: o });
  }
  return out;
}

/** Whether a field of an object gets no entry of its own (it is described by its parent). */
export const isBareField = (field: string, discriminator: string | undefined): boolean =>
  field === 'config' || field === discriminator;

/** The key of `field` inside the object keyed `parent`; filters restart at the root `filter`. */
export function fieldKey(parent: string, field: string, child: z.ZodType): string {
  if (unwrap(child) === documentFilterSchema) return 'filter';
  return parent ? `${parent}.${field}` : field;
}

export const optionKey = (parent: string, tag: string): string => `${parent}{${tag}}`;

/** Calls `visit` for every schema position that has a catalogue key, depth first, in schema order. */
export function walkSchema(
  visit: (key: string, schema: z.ZodType) => void,
  root: z.ZodType = sessionSpecSchema,
): void {
  const seen = new Set<string>();
  const emit = (key: string, s: z.ZodType) => {
    if (!seen.has(key)) visit(key, s);
    seen.add(key);
  };
  const walkObject = (o: z.ZodObject, key: string, disc: string | undefined) => {
    for (const [field, child] of Object.entries(o.shape as Record<string, z.ZodType>)) {
      if (field === disc) continue;
      const k = fieldKey(key, field, child);
      if (k === 'filter' && seen.has(k)) continue;
      if (!isBareField(field, disc)) emit(k, child);
      walk(child, k);
    }
  };
  const walk = (s: z.ZodType, key: string): void => {
    const u = unwrap(s);
    if (u instanceof z.ZodArray) walk(u.element as z.ZodType, key);
    else if (u instanceof z.ZodDiscriminatedUnion) {
      for (const { tag, option } of unionOptions(u)) {
        const k = optionKey(key, tag);
        emit(k, option);
        walkObject(option, k, u._zod.def.discriminator);
      }
    } else if (u instanceof z.ZodObject) walkObject(u, key, undefined);
  };
  walk(root, '');
}

/** Every catalogue key of the session spec schema, in schema order. */
export function schemaKeys(root: z.ZodType = sessionSpecSchema): string[] {
  const keys: string[] = [];
  walkSchema((k) => keys.push(k), root);
  return keys;
}

/**
 * The catalogue key describing the value at `path` in `doc`: union options are chosen by the
 * value's `type`, a discriminator or bare `config` maps to its parent's key, and a path into a
 * free-form map (tags, attempts, applicant profile) maps to the map's key. Undefined where the path
 * leaves the schema or runs through a union whose option cannot be told.
 */
export function catalogueKeyOf(path: Path, doc: unknown): string | undefined {
  let s: z.ZodType = sessionSpecSchema;
  let value: unknown = doc;
  let key = '';
  let entry: string | undefined;
  for (let i = 0; i <= path.length; i++) {
    let u = unwrap(s);
    let disc: string | undefined;
    if (u instanceof z.ZodDiscriminatedUnion) {
      disc = u._zod.def.discriminator;
      const tag = isRecord(value) ? value[disc] : undefined;
      const hit = unionOptions(u).find((o) => o.tag === tag);
      if (!hit)
        return i === path.length || (i === path.length - 1 && path[i] === disc) ? entry : undefined;
      key = optionKey(key, hit.tag);
      entry = key;
      u = hit.option;
    }
    if (i === path.length) return entry;
    const seg = path[i] as string | number;
    if (u instanceof z.ZodObject && typeof seg === 'string') {
      const child = (u.shape as Record<string, z.ZodType>)[seg];
      if (!child || !Object.hasOwn(u.shape, seg)) return undefined;
      if (seg === disc) return i === path.length - 1 ? entry : undefined;
      key = fieldKey(key, seg, child);
      if (!isBareField(seg, disc)) entry = key;
      value = isRecord(value) ? value[seg] : undefined;
      s = child;
    } else if (u instanceof z.ZodArray && typeof seg === 'number') {
      value = Array.isArray(value) ? value[seg] : undefined;
      s = u.element as z.ZodType;
    } else if (u instanceof z.ZodRecord) return entry;
    else return undefined;
  }
  return entry;
}
