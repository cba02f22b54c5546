import { randomBytes } from 'node:crypto';
import type { Db } from './db';

/** A random per-installation secret kept in the database, created on first use. */
export function installationSecret(db: Db, key: string): Buffer {
  const fresh = randomBytes(32).toString('base64');
  db.prepare('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)').run(key, fresh);
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string };
  return Buffer.from(row.value, 'base64');
}
