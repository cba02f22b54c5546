/** Rows, views and prepared SQL of saved flows, shared by the flow store and its file half. */
import { nameKey, type FlowSummary, type VersionSummary } from '../../src/flows/index';
import { ApiError } from '../http/errors';
import type { Db } from './db';

/** How long a deleted flow can be brought back before it is purged. */
export const UNDO_WINDOW_MS = 60_000;

/** A flow as stored; times in milliseconds since the epoch. */
export type FlowRow = {
  id: string;
  name: string;
  name_key: string;
  description: string;
  created_at: number;
  updated_at: number;
  archived_at: number | null;
  deleted_at: number | null;
  purged_at: number | null;
  latest_version: number;
  published_version: number | null;
  version_count: number;
};
/** A saved version as stored: the spec is its canonical serialization (serializeSpec). */
export type VersionRow = {
  flow_id: string;
  number: number;
  created_at: number;
  message: string;
  spec_json: string;
};

export const iso = (ms: number) => new Date(ms).toISOString();

export const flowSummary = (f: FlowRow): FlowSummary => ({
  id: f.id,
  name: f.name,
  description: f.description,
  created_at: iso(f.created_at),
  updated_at: iso(f.updated_at),
  archived_at: f.archived_at === null ? null : iso(f.archived_at),
  latest_version: f.latest_version,
  published_version: f.published_version,
  version_count: f.version_count,
});

export const versionSummary = (
  v: Omit<VersionRow, 'spec_json' | 'flow_id'> & { launch_count: number },
  published: number | null,
): VersionSummary => ({
  number: v.number,
  created_at: iso(v.created_at),
  message: v.message,
  published: v.number === published,
  launch_count: v.launch_count,
});

export const notFound = () =>
  new ApiError(404, 'not_found', 'No saved flow with this id (it may have been deleted).');
export const nameTaken = (name: string) =>
  new ApiError(409, 'name_taken', `A flow named "${name}" already exists. Choose another name.`);

/** SQL shared by the flow store and its import/export half. */
export function flowQueries(db: Db) {
  const q = {
    flow: db.prepare(
      `SELECT f.*, (SELECT COUNT(*) FROM flow_versions v WHERE v.flow_id = f.id) AS version_count
       FROM flows f WHERE f.id = ? AND f.deleted_at IS NULL`,
    ),
    anyFlow: db.prepare('SELECT * FROM flows WHERE id = ?'),
    list: db.prepare(
      `SELECT f.*, (SELECT COUNT(*) FROM flow_versions v WHERE v.flow_id = f.id) AS version_count
       FROM flows f WHERE f.deleted_at IS NULL AND (@archived = 'include'
         OR (@archived = 'only') = (f.archived_at IS NOT NULL))
       ORDER BY f.updated_at DESC, f.rowid DESC`,
    ),
    nameUsed: db.prepare(
      'SELECT 1 FROM flows WHERE name_key = ? AND deleted_at IS NULL AND id IS NOT ?',
    ),
    insertFlow: db.prepare(
      `INSERT INTO flows (id, name, name_key, description, created_at, updated_at, archived_at,
         latest_version, published_version)
       VALUES (@id, @name, @name_key, @description, @created_at, @updated_at, @archived_at,
         @latest_version, @published_version)`,
    ),
    insertVersion: db.prepare(
      `INSERT INTO flow_versions (flow_id, number, created_at, message, spec_json)
       VALUES (@flow_id, @number, @created_at, @message, @spec_json)`,
    ),
    version: db.prepare('SELECT * FROM flow_versions WHERE flow_id = ? AND number = ?'),
    versions: db.prepare(
      `SELECT v.number, v.created_at, v.message, (SELECT COUNT(*) FROM launches l
         WHERE l.flow_id = v.flow_id AND l.flow_version = v.number) AS launch_count
       FROM flow_versions v WHERE v.flow_id = ? ORDER BY v.number DESC`,
    ),
    allVersions: db.prepare('SELECT * FROM flow_versions WHERE flow_id = ? ORDER BY number'),
    launchCount: db.prepare(
      'SELECT COUNT(*) AS n FROM launches WHERE flow_id = ? AND flow_version = ?',
    ),
  };
  const updates = new Map<string, ReturnType<Db['prepare']>>();
  /** `UPDATE flows SET <columns> WHERE id = @id`, prepared once per column list. */
  const set = (columns: string) => {
    let statement = updates.get(columns);
    if (!statement) {
      statement = db.prepare(`UPDATE flows SET ${columns} WHERE id = @id`);
      updates.set(columns, statement);
    }
    return statement;
  };
  return {
    ...q,
    set,
    /** A live (not deleted) flow, or a 404. */
    live(id: string): FlowRow {
      const row = q.flow.get(id) as FlowRow | undefined;
      if (!row) throw notFound();
      return row;
    },
    isTaken: (exceptId?: string) => (key: string) =>
      q.nameUsed.get(key, exceptId ?? null) !== undefined,
    /** Inserts a flow and its versions (ascending), names already checked. */
    insert(
      flow: Omit<FlowRow, 'name_key' | 'deleted_at' | 'purged_at' | 'version_count'>,
      versions: Omit<VersionRow, 'flow_id'>[],
    ): void {
      q.insertFlow.run({ ...flow, name_key: nameKey(flow.name) });
      for (const v of versions) q.insertVersion.run({ ...v, flow_id: flow.id });
    },
  };
}

export type FlowQueries = ReturnType<typeof flowQueries>;

/** `undefined`: no such live flow; `spec_json: null`: the flow has no such version. */
export function launchRef(db: Db) {
  const lookup = db.prepare(
    `SELECT f.name, v.spec_json FROM flows f
     LEFT JOIN flow_versions v ON v.flow_id = f.id AND v.number = ?
     WHERE f.id = ? AND f.deleted_at IS NULL`,
  );
  return (id: string, version: number) =>
    lookup.get(version, id) as { name: string; spec_json: string | null } | undefined;
}

export type LaunchRef = ReturnType<typeof launchRef>;
