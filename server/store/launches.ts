import { notificationsSchema, type Notifications } from '../../src/spec/index';
import type { Db } from './db';

/** One session launched through Studio, as stored. The spec keeps its secrets; mask on output. */
export type Launch = {
  session_id: string;
  created_at: number;
  mode: string;
  api_url: string;
  /** The spec as sent (canonical JSON text). */
  spec_json: string;
  client_session_token: string;
  client_session_token_ttl: number;
  launch_url: string;
  deleted_at: number | null;
};

/** Launch history in SQLite. */
export function launchStore(db: Db) {
  const insert = db.prepare(
    `INSERT INTO launches (session_id, created_at, mode, api_url, spec_json, client_session_token,
       client_session_token_ttl, launch_url, deleted_at)
     VALUES (@session_id, @created_at, @mode, @api_url, @spec_json, @client_session_token,
       @client_session_token_ttl, @launch_url, @deleted_at)`,
  );
  const byId = db.prepare('SELECT * FROM launches WHERE session_id = ?');
  const newest = db.prepare('SELECT * FROM launches ORDER BY created_at DESC, rowid DESC LIMIT ?');
  const markDeleted = db.prepare('UPDATE launches SET deleted_at = ? WHERE session_id = ?');

  return {
    add(launch: Launch): void {
      insert.run(launch);
    },
    get(sessionId: string): Launch | undefined {
      return byId.get(sessionId) as Launch | undefined;
    },
    /** Newest first. */
    list(limit: number): Launch[] {
      return newest.all(limit) as Launch[];
    },
    markDeleted(sessionId: string, at: number): boolean {
      return markDeleted.run(at, sessionId).changes > 0;
    },
  };
}

export type LaunchStore = ReturnType<typeof launchStore>;

/** The notification settings a launch was made with, validated (stored rows are not trusted). */
export function notificationsOf(launch: Launch): Notifications | undefined {
  try {
    const spec: unknown = JSON.parse(launch.spec_json);
    const raw = (spec as { notifications?: unknown } | null)?.notifications;
    const parsed = notificationsSchema.safeParse(raw);
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
