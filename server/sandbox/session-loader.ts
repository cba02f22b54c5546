import { sessionSpecSchema, type SessionSpec } from '../../src/spec/index';
import type { SandboxSession, SandboxSessionStore } from '../store/sandbox-sessions';
import type { Completion } from './result';

export type LoadedSession = {
  row: SandboxSession;
  spec: SessionSpec;
  completion: Completion | undefined;
};

/** Reads a sandbox session and re-validates its stored spec (stored rows are not trusted). */
export function loadSession(
  store: SandboxSessionStore,
  sessionId: string,
): LoadedSession | undefined {
  const row = store.get(sessionId);
  if (!row) return undefined;
  const parsed = sessionSpecSchema.safeParse(JSON.parse(row.spec_json));
  if (!parsed.success) return undefined;
  const completion = row.result_json ? (JSON.parse(row.result_json) as Completion) : undefined;
  return { row, spec: parsed.data, completion };
}

/** Seconds the client session token lives: the spec's TTL, its deadline, or Yoti's default 600. */
export function tokenTtl(spec: SessionSpec, now: number): number {
  if (spec.client_session_token_ttl !== undefined)
    return Math.max(1, spec.client_session_token_ttl);
  const deadline = spec.session_deadline ? Date.parse(spec.session_deadline) : NaN;
  if (Number.isFinite(deadline)) return Math.max(1, Math.floor((deadline - now) / 1000));
  return 600;
}
