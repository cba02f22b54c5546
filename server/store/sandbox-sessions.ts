import type { Db } from './db';

export type SandboxState = 'ONGOING' | 'COMPLETED';

/** A session created in the local sandbox. `result_json` is set when the user flow completes. */
export type SandboxSession = {
  session_id: string;
  sdk_id: string;
  client_session_token: string;
  created_at: number;
  expires_at: number;
  spec_json: string;
  state: SandboxState;
  result_json: string | null;
  deleted: number;
};

/** Sandbox sessions in SQLite (same database as the launch history). */
export function sandboxSessionStore(db: Db) {
  const insert = db.prepare(
    `INSERT INTO sandbox_sessions (session_id, sdk_id, client_session_token, created_at,
       expires_at, spec_json, state, result_json, deleted)
     VALUES (@session_id, @sdk_id, @client_session_token, @created_at, @expires_at, @spec_json,
       @state, @result_json, @deleted)`,
  );
  const byId = db.prepare('SELECT * FROM sandbox_sessions WHERE session_id = ? AND deleted = 0');
  const complete = db.prepare(
    `UPDATE sandbox_sessions SET state = 'COMPLETED', result_json = ?
     WHERE session_id = ? AND state = 'ONGOING' AND deleted = 0`,
  );
  const remove = db.prepare('UPDATE sandbox_sessions SET deleted = 1 WHERE session_id = ?');

  return {
    add(session: SandboxSession): void {
      insert.run(session);
    },
    get(sessionId: string): SandboxSession | undefined {
      return byId.get(sessionId) as SandboxSession | undefined;
    },
    /** Marks an ongoing session completed; false when it was not ongoing. */
    complete(sessionId: string, resultJson: string): boolean {
      return complete.run(resultJson, sessionId).changes > 0;
    },
    remove(sessionId: string): boolean {
      return remove.run(sessionId).changes > 0;
    },
  };
}

export type SandboxSessionStore = ReturnType<typeof sandboxSessionStore>;
