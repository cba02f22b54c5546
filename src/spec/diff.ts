/**
 * The semantic diff of two session specs: what changed, in the form's words, one line a change.
 * Items are matched by identity (checks and tasks by type, documents by type and filter), value
 * lists as sets, and every key of the schema is compared, so nothing changes unreported: keys
 * without their own wording get a line from their catalogue label. Secrets are never shown.
 */
import { sessionSpecSchema, type SessionSpec } from './schema';
import { canonicalSpec } from './serialize';
import { checkStyle, documentStyle, taskStyle } from './diff/items';
import { diffItems, type ItemStyle } from './diff/lists';
import { DIFF_SECTIONS, type DiffRun, type SpecChange, type Where } from './diff/types';
import { diffNode, diffObject, emit } from './diff/walk';
import { labelAt, lowerFirst, upperFirst } from './diff/words';
import { unwrap } from './schema-walk';
import { z } from 'zod';
import { isJsonObject as isObject, type JsonObject as Json } from './json-value';

export { DIFF_SECTIONS, type SpecChange, type SpecChangeKind } from './diff/types';

type Section = (typeof DIFF_SECTIONS)[number];
const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** The form section of each top-level key; keys not listed go to 'Other'. */
const SECTION_OF: Readonly<Record<string, Section>> = {
  client_session_token_ttl: 'Session',
  session_deadline: 'Session',
  resources_ttl: 'Session',
  user_tracking_id: 'Session',
  block_biometric_consent: 'Session',
  subject: 'Session',
  create_identity_profile_preview: 'Session',
  import_token: 'Session',
  requested_checks: 'Checks',
  requested_tasks: 'Tasks',
  required_documents: 'Documents',
  sdk_config: 'Preferences',
  notifications: 'Notifications',
  identity_profile_requirements: 'Identity profile',
  advanced_identity_profile_requirements: 'Identity profile',
};

const STYLES: Readonly<Record<string, ItemStyle>> = {
  requested_checks: checkStyle,
  requested_tasks: taskStyle,
  required_documents: documentStyle,
};

/**
 * Objects compared field by field under `head` rather than under their own label. `whole`: when
 * one side lacks the object, it is reported as one addition or removal instead.
 */
const FLAT: Readonly<Record<string, { head: string; whole: boolean }>> = {
  sdk_config: { head: '', whole: false },
  notifications: { head: '', whole: true },
  identity_profile_requirements: { head: 'Identity profile requirements changed: ', whole: true },
};

/**
 * Field by field with the object missing on one side counted as empty; an empty object that
 * appears or goes is still a change (it changes the request body).
 */
function diffFlat(run: DiffRun, u: z.ZodObject, va: unknown, vb: unknown, w: Where): void {
  if (!isObject(va) || !isObject(vb)) {
    if (isObject(va) && Object.keys(va).length === 0)
      return emit(run, 'removed', w.pathA, upperFirst(`${w.label} removed (it was empty)`));
    if (isObject(vb) && Object.keys(vb).length === 0)
      return emit(run, 'added', w.pathB, upperFirst(`${w.label} added, empty`));
  }
  diffObject(run, u, isObject(va) ? va : {}, isObject(vb) ? vb : {}, { ...w, chain: [] });
}

/** The section a change belongs to. */
export const sectionOf = (key: string): Section => SECTION_OF[key] ?? 'Other';

/**
 * What changed from `a` to `b`: [] when they are equal canonically (same `serializeSpec` text),
 * else one change a line, by section in form order, then in schema order within a section.
 */
export function diffSpecs(a: SessionSpec, b: SessionSpec): SpecChange[] {
  const ca = canonicalSpec(a) as Json;
  const cb = canonicalSpec(b) as Json;
  const run: DiffRun = { a: ca, b: cb, section: 'Other', out: [] };
  if (JSON.stringify(ca) === JSON.stringify(cb)) return [];
  for (const [key, schema] of Object.entries(
    sessionSpecSchema.shape as Record<string, z.ZodType>,
  )) {
    run.section = sectionOf(key);
    const label = lowerFirst(labelAt([key], cb[key] === undefined ? ca : cb));
    const w: Where = { pathA: [key], pathB: [key], head: '', chain: [label], label };
    const u = unwrap(schema);
    const style = STYLES[key];
    const flat = FLAT[key];
    if (style && u instanceof z.ZodArray)
      diffItems(run, u.element as z.ZodType, asList(ca[key]), asList(cb[key]), w, style);
    else if (flat && u instanceof z.ZodObject && isObject(ca[key]) && isObject(cb[key]))
      diffObject(run, u, ca[key], cb[key], { ...w, head: flat.head, chain: [] });
    else if (flat && !flat.whole && u instanceof z.ZodObject) diffFlat(run, u, ca[key], cb[key], w);
    else diffNode(run, schema, ca[key], cb[key], w);
  }
  const rank = (s: string) => DIFF_SECTIONS.indexOf(s as Section);
  return run.out
    .map((c, i) => ({ c, i }))
    .sort((x, y) => rank(x.c.section) - rank(y.c.section) || x.i - y.i)
    .map(({ c }) => c);
}
