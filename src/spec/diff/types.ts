/** The shapes of the semantic diff (see docs in `../diff.ts`). */
import type { JsonPath } from '../findings';

export type SpecChangeKind = 'added' | 'removed' | 'changed';

export interface SpecChange {
  kind: SpecChangeKind;
  /** Path in the newer spec (b) for added/changed, in the older (a) for removed. */
  path: JsonPath;
  /** Form section: one of `DIFF_SECTIONS`. */
  section: string;
  /** One human line; secrets are never shown. */
  summary: string;
}

/** The form's sections in form order; keys the form does not show go to 'Other'. */
export const DIFF_SECTIONS = [
  'Session',
  'Checks',
  'Tasks',
  'Documents',
  'Preferences',
  'Notifications',
  'Identity profile',
  'Other',
] as const;

/** Where the walk is: the node's path in each spec and the words that name it. */
export interface Where {
  pathA: JsonPath;
  pathB: JsonPath;
  /** The item this node belongs to, e.g. 'Liveness check: ' ('' outside list items). */
  head: string;
  /** Labels from the head down to this node, first letters lowered. */
  chain: string[];
  /** The node's own label, also when it is not part of the chain (a bare `config`). */
  label: string;
  /** Set for a `config` object, which is named by the item or field that holds it. */
  bare?: boolean;
}

/** What one diff run collects. */
export interface DiffRun {
  a: unknown;
  b: unknown;
  section: string;
  out: SpecChange[];
}
