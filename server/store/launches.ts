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
} & Partial<LaunchFlow>;

/** The saved flow version a launch came from; all null when it came from an unsaved draft. */
export type LaunchFlow = {
  flow_id: string | null;
  flow_name: string | null;
  flow_version: number | null;
  /** 1 when the launched spec differed from that version's (canonical JSON), else 0. */
  flow_modified: number | null;
};
export const NO_FLOW: LaunchFlow = {
  flow_id: null,
  flow_name: null,
  flow_version: null,
  flow_modified: null,
};

/** Launch history in SQLite. */
export function launchStore(db: Db) {
  const insert = db.prepare(
    `INSERT INTO launches (session_id, created_at, mode, api_url, spec_json, client_session_token,
       client_session_token_ttl, launch_url, deleted_at, flow_id, flow_name, flow_version,
       flow_modified)
     VALUES (@session_id, @created_at, @mode, @api_url, @spec_json, @client_session_token,
       @client_session_token_ttl, @launch_url, @deleted_at, @flow_id, @flow_name, @flow_version,
       @flow_modified)`,
  );
  const byId = db.prepare('SELECT * FROM launches WHERE session_id = ?');
  const newest = db.prepare(
    `SELECT l.*, (SELECT COUNT(*) FROM notifications n WHERE n.session_id = l.session_id)
       AS notification_count
     FROM launches l ORDER BY l.created_at DESC, l.rowid DESC LIMIT ?`,
  );
  const markDeleted = db.prepare('UPDATE launches SET deleted_at = ? WHERE session_id = ?');

  return {
    add(launch: Launch): void {
      insert.run({ ...NO_FLOW, ...launch });
    },
    get(sessionId: string): Launch | undefined {
      return byId.get(sessionId) as Launch | undefined;
    },
    /** Newest first, each with how many notification deliveries it received. */
    list(limit: number): (Launch & { notification_count: number })[] {
      return newest.all(limit) as (Launch & { notification_count: number })[];
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
