/**
 * The working draft in local storage. What is stored is validated on load: a draft that is corrupt
 * or from an unknown version is reported and set aside under another key, never silently dropped.
 * Older drafts are brought up to the current version by ordered migration steps (tldraw-style).
 *
 * Version history: 1 = { spec, invalidText? }; 2 adds `flow` (the saved flow version it tracks).
 */
import { z } from 'zod';
import { validateSpec, type SessionSpec } from '@/spec/index';
import { trackedFlowSchema, type TrackedFlow } from './flow-slice';

export const DRAFT_KEY = 'idv-studio.draft';
export const DRAFT_VERSION = 2;

/** The stored shape of the current version (the spec is checked separately, with findings). */
const storedDraftSchema = z.object({
  version: z.literal(DRAFT_VERSION),
  spec: z.unknown(),
  /** The editor text when it did not parse, so a reload keeps what the user typed. */
  invalidText: z.string().optional(),
  flow: trackedFlowSchema.optional(),
});
export type StoredDraft = z.infer<typeof storedDraftSchema>;

type Step = (draft: Record<string, unknown>) => Record<string, unknown>;
/** MIGRATIONS[n] turns a version-n draft into version n + 1. */
const MIGRATIONS: Record<number, Step> = {
  // Version 1 drafts were not tracked against any flow: nothing to add.
  1: (draft) => ({ ...draft, version: 2 }),
};

/** Brings a stored draft up to DRAFT_VERSION; a string says why it cannot be. */
export function migrateDraft(parsed: unknown): Record<string, unknown> | string {
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return 'it is not a draft';
  let draft = parsed as Record<string, unknown>;
  const from = draft.version;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1 || from > DRAFT_VERSION)
    return `it was saved by another version (${String(from)})`;
  for (let v = from; v < DRAFT_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return `no migration from draft version ${v}`;
    draft = step(draft);
  }
  return draft;
}

export interface LoadedDraft {
  spec: SessionSpec;
  invalidText?: string;
  flow?: TrackedFlow;
}

export type DraftLoad =
  | { kind: 'none' }
  | ({ kind: 'ok' } & LoadedDraft)
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

function problemWith(raw: string): string | LoadedDraft {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return 'it is not valid JSON';
  }
  const migrated = migrateDraft(parsed);
  if (typeof migrated === 'string') return migrated;
  const draft = storedDraftSchema.safeParse(migrated);
  if (!draft.success)
    return `it does not match the draft format (${draft.error.issues[0]?.path.join('.') ?? ''}: ${draft.error.issues[0]?.message ?? 'unknown'})`;
  const result = validateSpec(draft.data.spec);
  if (!result.spec)
    return `its spec does not match the schema (${result.findings[0]?.message ?? 'unknown'})`;
  const { invalidText, flow } = draft.data;
  return {
    spec: result.spec,
    ...(invalidText !== undefined ? { invalidText } : {}),
    ...(flow !== undefined ? { flow } : {}),
  };
}

/** Saves the draft; returns false when storage refuses (quota, private mode). */
export function saveDraft(
  storage: Storage,
  spec: SessionSpec,
  invalidText?: string,
  flow?: TrackedFlow | null,
): boolean {
  const draft: StoredDraft = {
    version: DRAFT_VERSION,
    spec,
    ...(invalidText !== undefined ? { invalidText } : {}),
    ...(flow ? { flow } : {}),
  };
  try {
    storage.setItem(DRAFT_KEY, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}
