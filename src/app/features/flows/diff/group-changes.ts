/** The diff view's data: the semantic diff grouped for display, and the masked JSON texts. */
import {
  canonicalSpec,
  formatPath,
  maskSpecSecrets,
  type SessionSpec,
  type SpecChange,
} from '@/spec/index';

/** The JSON shown in the diff editor: canonical key order, 2-space indent, secrets masked. */
export const maskedText = (spec: SessionSpec): string =>
  JSON.stringify(maskSpecSecrets(canonicalSpec(spec)), null, 2);

export interface ChangeGroup {
  section: string;
  changes: SpecChange[];
}

/** Groups changes by section, keeping the first-seen order of sections and of changes. */
export function groupChanges(changes: readonly SpecChange[]): ChangeGroup[] {
  const groups = new Map<string, SpecChange[]>();
  for (const change of changes) {
    const list = groups.get(change.section) ?? [];
    list.push(change);
    groups.set(change.section, list);
  }
  return [...groups].map(([section, list]) => ({ section, changes: list }));
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "3 changes in 2 sections", or "No differences". */
export function describeChanges(changes: readonly SpecChange[]): string {
  if (changes.length === 0) return 'No differences';
  const sections = new Set(changes.map((c) => c.section)).size;
  return `${plural(changes.length, 'change')} in ${plural(sections, 'section')}`;
}

/** "requested_checks[1].config" — where a change is, as the JSON path; "$" for the whole spec. */
export const changePath = (change: SpecChange): string =>
  change.path.length === 0 ? '$' : formatPath(change.path);
