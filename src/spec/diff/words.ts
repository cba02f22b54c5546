/** How the diff names fields and shows values: catalogue labels, enum names, human durations. */
import { catalogueKeyOf, describeField } from '../catalogue/index';
import { humanDuration } from '../duration';
import type { JsonPath } from '../findings';
import type { Where } from './types';

/** Labels the diff words differently from the form, by catalogue key. */
const LABELS: Readonly<Record<string, string>> = {
  client_session_token_ttl: 'Client session token TTL',
  resources_ttl: 'Resources TTL',
  'import_token.ttl': 'lifetime',
  identity_profile_requirements: 'Identity profile requirements',
  'identity_profile_requirements.scheme.type': 'type',
  'sdk_config.attempts_configuration.ID_DOCUMENT_TEXT_DATA_EXTRACTION':
    'ID document text extraction',
  'requested_checks{WATCHLIST_ADVANCED_CA}.config': 'account',
};

/** Labels for lines only: notification fields stand alone there, but not inside "(…)". */
const LINE_LABELS: Readonly<Record<string, string>> = {
  'notifications.endpoint': 'Notification endpoint',
  'notifications.auth_token': 'Notification auth token',
  'notifications.auth_type': 'Notification auth type',
};

/** Fields holding seconds, shown like the form's duration hint. */
const DURATIONS = new Set(['client_session_token_ttl', 'resources_ttl', 'import_token.ttl']);

export const lowerFirst = (s: string): string =>
  /^[A-Z][a-z]/.test(s) ? (s[0] as string).toLowerCase() + s.slice(1) : s;
export const upperFirst = (s: string): string =>
  s ? (s[0] as string).toUpperCase() + s.slice(1) : s;

/** "Countries" → "Country", "Topics" → "Topic". */
export const singular = (s: string): string =>
  s.endsWith('ies') ? `${s.slice(0, -3)}y` : /[^s]s$/.test(s) ? s.slice(0, -1) : s;

/** The catalogue key at `path` in `doc`; a field holding a union keeps its own key, not the option's. */
export function keyAt(path: JsonPath, doc: unknown): string | undefined {
  const key = catalogueKeyOf(path, doc);
  if (key && typeof path[path.length - 1] === 'string' && key.endsWith('}')) {
    const base = key.replace(/\{[^{}]*\}$/, '');
    if (base) return base;
  }
  return key;
}

/**
 * The label of the node at `path`: the diff's wording, else the catalogue's, else the key.
 * `inBrief`: for the "(…)" after an added object, where the object already names its fields.
 */
export function labelAt(path: JsonPath, doc: unknown, inBrief = false): string {
  const key = keyAt(path, doc);
  const line = key !== undefined && !inBrief ? LINE_LABELS[key] : undefined;
  const own = key !== undefined ? (line ?? LABELS[key] ?? describeField(key)?.label) : undefined;
  if (own) return own;
  const last = path[path.length - 1];
  return typeof last === 'number' ? `#${last + 1}` : String(last ?? '').replace(/_/g, ' ');
}

/** How a node is named in a line: 'Liveness check: manual check' or 'Success URL'. */
export function nameOf(w: Where, chain: string[] = w.chain): string {
  const s = chain.join(' › ');
  return w.head ? `${w.head}${s}`.replace(/: $/, '') : upperFirst(s);
}

const clip = (s: string): string => (s.length > 80 ? `${s.slice(0, 79)}…` : s);

/** A value as the line shows it: enum names and strings as they are, durations in words. */
export function show(value: unknown, key?: string): string {
  if (typeof value === 'number' && key !== undefined && DURATIONS.has(key))
    return humanDuration(value);
  if (typeof value === 'string') return value === '' ? '""' : clip(value);
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null))
    return value.length ? clip(value.map((v) => show(v)).join(', ')) : 'none';
  return clip(JSON.stringify(value) ?? 'nothing');
}
