import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

export type Db = Database.Database;

/**
 * Schema versions, applied in order; `PRAGMA user_version` records how many ran. Append only:
 * never edit a released step, add a new one.
 */
export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
   CREATE TABLE launches (
     session_id TEXT PRIMARY KEY,
     created_at INTEGER NOT NULL,
     mode TEXT NOT NULL,
     api_url TEXT NOT NULL,
     spec_json TEXT NOT NULL,
     client_session_token TEXT NOT NULL,
     client_session_token_ttl INTEGER NOT NULL,
     launch_url TEXT NOT NULL,
     deleted_at INTEGER
   );
   CREATE INDEX launches_created ON launches (created_at DESC);
   CREATE TABLE notifications (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     received_at INTEGER NOT NULL,
     source TEXT NOT NULL,
     session_id TEXT,
     topic TEXT,
     verdict TEXT NOT NULL,
     status INTEGER,
     reason TEXT NOT NULL,
     headers_json TEXT NOT NULL,
     body TEXT NOT NULL,
     auth_digest TEXT,
     replay_of INTEGER
   );
   CREATE INDEX notifications_session ON notifications (session_id, id);
   CREATE TABLE sandbox_sessions (
     session_id TEXT PRIMARY KEY,
     sdk_id TEXT NOT NULL,
     client_session_token TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     expires_at INTEGER NOT NULL,
     spec_json TEXT NOT NULL,
     state TEXT NOT NULL,
     result_json TEXT,
     deleted INTEGER NOT NULL DEFAULT 0
   );`,
  // Saved flows (issue #6). Versions are immutable: a trigger refuses any UPDATE; a purge deletes
  // them and leaves the flow row as a tombstone (id and times) so an undo can answer 410 Gone.
  `CREATE TABLE flows (
     id TEXT PRIMARY KEY,
     name TEXT NOT NULL,
     name_key TEXT NOT NULL,
     description TEXT NOT NULL DEFAULT '',
     created_at INTEGER NOT NULL,
     updated_at INTEGER NOT NULL,
     archived_at INTEGER,
     deleted_at INTEGER,
     purged_at INTEGER,
     latest_version INTEGER NOT NULL,
     published_version INTEGER
   );
   CREATE UNIQUE INDEX flows_name ON flows (name_key) WHERE deleted_at IS NULL;
   CREATE INDEX flows_updated ON flows (updated_at DESC);
   CREATE TABLE flow_versions (
     flow_id TEXT NOT NULL REFERENCES flows (id) ON DELETE CASCADE,
     number INTEGER NOT NULL,
     created_at INTEGER NOT NULL,
     message TEXT NOT NULL DEFAULT '',
     spec_json TEXT NOT NULL,
     PRIMARY KEY (flow_id, number)
   ) WITHOUT ROWID;
   CREATE TRIGGER flow_versions_immutable BEFORE UPDATE ON flow_versions
   BEGIN SELECT RAISE(ABORT, 'flow versions are immutable'); END;
   ALTER TABLE launches ADD COLUMN flow_id TEXT;
   ALTER TABLE launches ADD COLUMN flow_name TEXT;
   ALTER TABLE launches ADD COLUMN flow_version INTEGER;
   ALTER TABLE launches ADD COLUMN flow_modified INTEGER;
   CREATE INDEX launches_flow ON launches (flow_id, flow_version) WHERE flow_id IS NOT NULL;`,
];

/** Brings a database to the latest schema version, each step in its own transaction. */
export function migrate(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length)
    throw new Error(
      `the database in DATA_DIR has schema version ${current}, newer than this app knows (${MIGRATIONS.length})`,
    );
  MIGRATIONS.slice(current).forEach((sql, index) => {
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${current + index + 1}`);
    })();
  });
}

/**
 * Opens (creating if needed) `studio.db` in the data folder.
 *
 * WAL with synchronous=NORMAL: better-sqlite3 is synchronous, so a row is committed to the WAL
 * (written to the OS) before the route answers; that survives SIGKILL of this process. Only a
 * power cut or OS crash could lose the last transactions; FULL would also fsync every commit.
 */
export function openDatabase(dataDir: string, file = 'studio.db'): Db {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(path.join(dataDir, file));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  migrate(db);
  return db;
}
