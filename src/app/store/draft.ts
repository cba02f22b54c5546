/**
 * The working draft in local storage. What is stored is validated on load: a draft that is corrupt
 * or from an unknown version is reported and set aside under another key, never silently dropped.
 */
import { validateSpec, type SessionSpec } from '@/spec/index';

export const DRAFT_KEY = 'idv-studio.draft';
const VERSION = 1;

export interface StoredDraft {
  version: typeof VERSION;
  spec: SessionSpec;
  /** The editor text when it did not parse, so a reload keeps what the user typed. */
  invalidText?: string;
}

export type DraftLoad =
  | { kind: 'none' }
  | { kind: 'ok'; spec: SessionSpec; invalidText?: string }
  | { kind: 'set-aside'; key: string; reason: string; raw: string };

/** Reads the draft; a bad one is moved to `idv-studio.draft.set-aside.<time>`. */
export function loadDraft(storage: Storage, now = Date.now()): DraftLoad {
  const raw = storage.getItem(DRAFT_KEY);
  if (raw === null) return { kind: 'none' };
  const reason = problemWith(raw);
  if (typeof reason !== 'string') return { kind: 'ok', ...reason };
  const key = `${DRAFT_KEY}.set-aside.${now}`;
  try {
    storage.setItem(key, raw);
    storage.removeItem(DRAFT_KEY);
  } catch {
    // Storage full or blocked: leave the draft where it is rather than lose it.
  }
  return { kind: 'set-aside', key, reason, raw };
}

function problemWith(raw: string): string | { spec: SessionSpec; invalidText?: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return 'it is not valid JSON';
  }
  if (typeof parsed !== 'object' || parsed === null) return 'it is not a draft';
  const draft = parsed as Partial<StoredDraft>;
  if (draft.version !== VERSION)
    return `it was saved by another version (${String(draft.version)})`;
  const result = validateSpec(draft.spec);
  if (!result.spec)
    return `its spec does not match the schema (${result.findings[0]?.message ?? 'unknown'})`;
  return typeof draft.invalidText === 'string'
    ? { spec: result.spec, invalidText: draft.invalidText }
    : { spec: result.spec };
}

/** Saves the draft; returns false when storage refuses (quota, private mode). */
export function saveDraft(storage: Storage, spec: SessionSpec, invalidText?: string): boolean {
  const draft: StoredDraft = {
    version: VERSION,
    spec,
    ...(invalidText !== undefined ? { invalidText } : {}),
  };
  try {
    storage.setItem(DRAFT_KEY, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}
