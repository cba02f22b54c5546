/** The walk: the schema and both values side by side, one line per change that a person would name. */
import { z } from 'zod';
import type { JsonPath } from '../findings';
import { unwrap } from '../schema-walk';
import { isSecretPath } from '../secrets';
import { brief, briefParts } from './brief';
import { diffItems, diffSet } from './lists';
import type { DiffRun, SpecChangeKind, Where } from './types';
import { keyAt, labelAt, lowerFirst, nameOf, show } from './words';
import { isJsonObject as isObject, type JsonObject as Json } from '../json-value';

/** Same JSON, key order included (canonical specs have schema key order). */
export const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Records one change in the current section. */
export function emit(run: DiffRun, kind: SpecChangeKind, path: JsonPath, summary: string): void {
  run.out.push({ kind, path, section: run.section, summary });
}

const isScalarSchema = (u: z.ZodType): boolean =>
  !(
    u instanceof z.ZodObject ||
    u instanceof z.ZodDiscriminatedUnion ||
    u instanceof z.ZodArray ||
    u instanceof z.ZodRecord
  );

/** Where a child field is: its label joins the chain unless it is a bare `config`. */
export function child(run: DiffRun, w: Where, field: string | number, bare = false): Where {
  const pathA = [...w.pathA, field];
  const pathB = [...w.pathB, field];
  const label = lowerFirst(labelAt(pathB, run.b));
  return { pathA, pathB, head: w.head, chain: bare ? w.chain : [...w.chain, label], label, bare };
}

/** Diffs one node of the spec; `schema` governs both values. */
export function diffNode(
  run: DiffRun,
  schema: z.ZodType,
  va: unknown,
  vb: unknown,
  w: Where,
): void {
  if (same(va, vb)) return;
  const u = unwrap(schema);
  if (u instanceof z.ZodArray) return diffList(run, u.element as z.ZodType, va, vb, w);
  if (va === undefined) return added(run, u, vb, w);
  if (vb === undefined) return removed(run, u, va, w);
  if (u instanceof z.ZodDiscriminatedUnion && isObject(va) && isObject(vb)) {
    const disc = u._zod.def.discriminator;
    const option = (u.options as z.ZodType[])
      .map(unwrap)
      .find(
        (o): o is z.ZodObject =>
          o instanceof z.ZodObject &&
          unwrap(o.shape[disc] as z.ZodType).safeParse(vb[disc]).success,
      );
    if (va[disc] !== vb[disc]) {
      const name = nameOf(w, w.bare ? [...w.chain, w.label] : w.chain);
      const parts = option ? briefParts(option, vb, w.pathB, run.b) : [];
      const line = `${name} ${show(va[disc])} → ${show(vb[disc])}${brief(parts)}`;
      return emit(run, 'changed', w.pathB, line);
    }
    if (option) return diffObject(run, option, va, vb, w);
  }
  if (u instanceof z.ZodObject && isObject(va) && isObject(vb))
    return diffObject(run, u, va, vb, w);
  if (u instanceof z.ZodRecord && isObject(va) && isObject(vb))
    return diffRecord(run, u._zod.def.valueType as z.ZodType, va, vb, w);
  changed(run, u, va, vb, w);
}

/** Field by field, in schema order. */
export function diffObject(run: DiffRun, u: z.ZodObject, va: Json, vb: Json, w: Where): void {
  for (const [field, schema] of Object.entries(u.shape as Record<string, z.ZodType>))
    if (!same(va[field], vb[field]))
      diffNode(run, schema, va[field], vb[field], child(run, w, field, field === 'config'));
}

/** Free-form maps (tags, attempts, applicant profile): entry by entry, then their order. */
function diffRecord(run: DiffRun, valueSchema: z.ZodType, va: Json, vb: Json, w: Where): void {
  const keys = [...new Set([...Object.keys(vb), ...Object.keys(va)])];
  for (const k of keys) {
    const at: Where = {
      ...w,
      pathA: [...w.pathA, k],
      pathB: [...w.pathB, k],
      chain: [...w.chain, k],
      label: k,
    };
    diffNode(run, valueSchema, va[k], vb[k], at);
  }
  if (keys.every((k) => same(va[k], vb[k])))
    emit(run, 'changed', w.pathB, `${nameOf(w)} reordered`);
}

function diffList(run: DiffRun, element: z.ZodType, va: unknown, vb: unknown, w: Where): void {
  const as = Array.isArray(va) ? va : [];
  const bs = Array.isArray(vb) ? vb : [];
  if (as.length === 0 && bs.length === 0) {
    if (va === undefined) emit(run, 'added', w.pathB, `${nameOf(w)} set to an empty list`);
    else emit(run, 'removed', w.pathA, `${nameOf(w)} removed (was an empty list)`);
    return;
  }
  if (isScalarSchema(unwrap(element))) diffSet(run, as, bs, w);
  else diffItems(run, element, as, bs, w);
}

/** A bare `config` that comes or goes is named as such. */
const wholeName = (w: Where): string => nameOf(w, w.bare ? [...w.chain, 'config'] : w.chain);

function added(run: DiffRun, u: z.ZodType, vb: unknown, w: Where): void {
  const name = wholeName(w);
  if (isSecretPath(w.pathB)) return emit(run, 'added', w.pathB, `${name} added`);
  if (isScalarSchema(u))
    return emit(run, 'added', w.pathB, `${name} set to ${show(vb, keyAt(w.pathB, run.b))}`);
  emit(run, 'added', w.pathB, `${name} added${brief(briefParts(u, vb, w.pathB, run.b))}`);
}

function removed(run: DiffRun, u: z.ZodType, va: unknown, w: Where): void {
  const name = wholeName(w);
  if (isSecretPath(w.pathA) || !isScalarSchema(u))
    return emit(run, 'removed', w.pathA, `${name} removed`);
  emit(run, 'removed', w.pathA, `${name} removed (was ${show(va, keyAt(w.pathA, run.a))})`);
}

function changed(run: DiffRun, u: z.ZodType, va: unknown, vb: unknown, w: Where): void {
  const name = nameOf(w);
  if (isSecretPath(w.pathB)) return emit(run, 'changed', w.pathB, `${name} changed`);
  const key = keyAt(w.pathB, run.b);
  const verb = u instanceof z.ZodString && !w.head ? ' changed:' : '';
  emit(run, 'changed', w.pathB, `${name}${verb} ${show(va, key)} → ${show(vb, key)}`);
}
