/** The short "(STATIC, 3 retries)" that follows an added item: its settings, never its secrets. */
import { z } from 'zod';
import { unwrap } from '../schema-walk';
import type { JsonPath } from '../findings';
import { isSecretPath } from '../secrets';
import { keyAt, labelAt, lowerFirst, show, singular } from './words';
import { isJsonObject as isObject } from '../json-value';

const list = (v: unknown): string[] => (Array.isArray(v) ? v.map((x) => show(x)) : []);

/** Fields whose value speaks for itself and comes first: "STATIC", "DBS". */
const BARE = new Set(['type', 'liveness_type']);

/** Settings shown differently from "label value", by catalogue key. */
const WORDING: Readonly<Record<string, (v: unknown) => string>> = {
  'requested_checks{LIVENESS}.config.max_retries': (n) => `${show(n)} retries`,
};

/** "PASSPORT, GBR", "not PASSPORT", "PASSPORT from GBR; NATIONAL_ID": what a document filter accepts. */
export function filterParts(f: unknown): string[] {
  if (!isObject(f)) return [];
  const rule = (r: unknown, items: string) =>
    isObject(r) ? `${r.inclusion === 'BLACKLIST' ? 'not ' : ''}${list(r[items]).join('/')}` : '';
  const parts: string[] = [];
  if (f.type === 'DOCUMENT_RESTRICTIONS') {
    const rules = (Array.isArray(f.documents) ? f.documents : []).map((d: unknown) =>
      isObject(d)
        ? [list(d.document_types).join('/'), list(d.country_codes).join('/')]
            .filter(Boolean)
            .join(' from ') || 'any document'
        : '',
    );
    parts.push(`${f.inclusion === 'BLACKLIST' ? 'except ' : ''}${rules.join('; ') || 'no rules'}`);
  } else
    parts.push(
      rule(f.type_restriction, 'document_types'),
      rule(f.country_restriction, 'country_codes'),
    );
  if (f.allow_expired_documents !== undefined)
    parts.push(`expired ${f.allow_expired_documents ? 'allowed' : 'refused'}`);
  if (f.allow_non_latin_documents !== undefined)
    parts.push(`non-Latin ${f.allow_non_latin_documents ? 'allowed' : 'refused'}`);
  if (f.allow_digital_ids !== undefined)
    parts.push(`digital IDs ${f.allow_digital_ids ? 'allowed' : 'refused'}`);
  const providers = Array.isArray(f.allowed_providers)
    ? f.allowed_providers.map((p: unknown) => (isObject(p) ? show(p.name) : show(p)))
    : [];
  if (providers.length) parts.push(`providers ${providers.join('/')}`);
  return parts.filter(Boolean);
}

/** The settings of the value at `path`, as short phrases in schema order (type-like values first). */
export function briefParts(
  schema: z.ZodType,
  value: unknown,
  path: JsonPath,
  doc: unknown,
  depth = 0,
): string[] {
  if (value === undefined) return [];
  const label = lowerFirst(labelAt(path, doc, true));
  if (isSecretPath(path)) return [`${label} set`];
  const u = unwrap(schema);
  const nested = depth > 0 && path[path.length - 1] !== 'config';
  /** A nested object's phrases start with its label: "matching strategy FUZZY, fuzziness 0.5". */
  const named = (parts: string[]) =>
    nested && parts.length ? [`${label} ${parts[0] as string}`, ...parts.slice(1)] : parts;
  const key = keyAt(path, doc);
  if (key === 'filter') return named(filterParts(value));
  if (u instanceof z.ZodDiscriminatedUnion) {
    const disc = u._zod.def.discriminator;
    const tag = isObject(value) ? value[disc] : undefined;
    const option = (u.options as z.ZodType[]).find((o) => {
      const obj = unwrap(o);
      return (
        obj instanceof z.ZodObject && unwrap(obj.shape[disc] as z.ZodType).safeParse(tag).success
      );
    });
    return named([show(tag), ...(option ? briefParts(option, value, path, doc) : [])]);
  }
  if (u instanceof z.ZodObject && isObject(value)) {
    const bare: string[] = [];
    const rest: string[] = [];
    for (const [field, child] of Object.entries(u.shape as Record<string, z.ZodType>)) {
      if (field === 'type' && !(unwrap(child) instanceof z.ZodString)) continue;
      const parts = briefParts(child, value[field], [...path, field], doc, depth + 1);
      (BARE.has(field) ? bare : rest).push(...parts);
    }
    return named([...bare, ...rest]);
  }
  if (u instanceof z.ZodArray && Array.isArray(value)) {
    const scalars = value.every((v) => typeof v !== 'object' || v === null);
    const n = value.length;
    return [scalars ? `${label} ${show(value)}` : `${n} ${n === 1 ? singular(label) : label}`];
  }
  if (u instanceof z.ZodRecord && isObject(value)) {
    const entries = Object.entries(value).map(([k, v]) => `${k} ${show(v)}`);
    if (depth === 0) return entries.length ? entries : ['none'];
    return [`${label} ${entries.join(', ') || 'none'}`];
  }
  const wording = key !== undefined ? WORDING[key] : undefined;
  if (wording) return [wording(value)];
  if (BARE.has(String(path[path.length - 1]))) return [show(value)];
  return [`${label} ${show(value, key)}`];
}

/** " (a, b, c)" from phrases, at most six; '' when there are none. */
export function brief(parts: readonly string[]): string {
  const shown = parts.length > 6 ? [...parts.slice(0, 6), '…'] : parts;
  return shown.length ? ` (${shown.join(', ')})` : '';
}
