import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportedFlow } from '../../src/flows/index';
import { canonicalSpec, type SessionSpec } from '../../src/spec/index';
import { MIGRATIONS, openDatabase, type Db } from '../../server/store/db';
import { flowFileStore } from '../../server/store/flow-files';
import { UNDO_WINDOW_MS } from '../../server/store/flow-queries';
import { flowStore } from '../../server/store/flows';
import { launchStore } from '../../server/store/launches';

const spec = (ttl: number): SessionSpec => canonicalSpec({ client_session_token_ttl: ttl });

let dataDir: string;
let db: Db;
let clock: number;
let flows: ReturnType<typeof flowStore>;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'idv-flows-store-'));
  db = openDatabase(dataDir);
  clock = Date.parse('2026-12-01T12:00:00.000Z');
  flows = flowStore(db, () => clock);
});
afterEach(() => {
  db.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Runs `act` and returns the ApiError it throws as { status, code, message }. */
function refusal(act: () => unknown) {
  try {
    act();
  } catch (error) {
    const { status, code, message, details } = error as {
      status: number;
      code: string;
      message: string;
      details: Record<string, unknown>;
    };
    return { status, code, message, details };
  }
  throw new Error('expected a refusal');
}

const tick = (ms = 1000) => (clock += ms);

describe('flow store: versions', () => {
  it('creates a flow with version 1 and saves later versions on top of the latest', () => {
    const { flow } = flows.create({ name: 'Onboarding', spec: spec(600), message: 'first' });
    tick();

    const saved = flows.saveVersion(flow.id, {
      base_version: 1,
      spec: spec(900),
      message: 'longer',
    });

    expect(saved.unchanged).toBe(false);
    expect(saved.version).toMatchObject({ number: 2, message: 'longer', spec: spec(900) });
    expect(saved.flow).toMatchObject({
      latest_version: 2,
      version_count: 2,
      created_at: '2026-12-01T12:00:00.000Z',
      updated_at: '2026-12-01T12:00:01.000Z',
    });
    expect(flows.version(flow.id, 1).spec).toEqual(spec(600));
  });

  it('refuses a save based on an older version and hands back the latest', () => {
    const { flow } = flows.create({ name: 'A', spec: spec(600) });
    flows.saveVersion(flow.id, { base_version: 1, spec: spec(700) });

    const stale = refusal(() => flows.saveVersion(flow.id, { base_version: 1, spec: spec(800) }));

    expect(stale).toMatchObject({
      status: 409,
      code: 'stale_version',
      message:
        'Version 2 was saved (by another tab or person) after version 1, which your draft is based on. Review the difference, then save on top of version 2.',
    });
    expect(stale.details.latest).toMatchObject({ number: 2, spec: spec(700) });
    expect(flows.get(flow.id).versions.map((v) => v.number)).toEqual([2, 1]);
  });

  it('names the range when several versions were saved since the draft’s base', () => {
    const { flow } = flows.create({ name: 'A', spec: spec(600) });
    flows.saveVersion(flow.id, { base_version: 1, spec: spec(700) });
    flows.saveVersion(flow.id, { base_version: 2, spec: spec(800) });

    expect(
      refusal(() => flows.saveVersion(flow.id, { base_version: 1, spec: spec(900) })).message,
    ).toBe(
      'Versions 2–3 were saved (by another tab or person) after version 1, which your draft is based on. Review the difference, then save on top of version 3.',
    );
  });

  it('saves nothing when the spec equals the latest version canonically', () => {
    const { flow } = flows.create({ name: 'A', spec: spec(600) });

    const saved = flows.saveVersion(flow.id, {
      base_version: 1,
      spec: {
        client_session_token_ttl: 600,
        requested_checks: [],
        requested_tasks: [],
        required_documents: [],
      },
    });

    expect(saved).toMatchObject({ unchanged: true, version: { number: 1 } });
    expect(flows.get(flow.id).flow.version_count).toBe(1);
  });

  it('restores an old version by saving its spec as a new version; history is kept', () => {
    const { flow } = flows.create({ name: 'A', spec: spec(600) });
    flows.saveVersion(flow.id, { base_version: 1, spec: spec(700) });

    const restored = flows.saveVersion(flow.id, {
      base_version: 2,
      spec: flows.version(flow.id, 1).spec,
      message: 'Restore version 1',
    });

    expect(restored.version).toMatchObject({
      number: 3,
      spec: spec(600),
      message: 'Restore version 1',
    });
    expect(flows.get(flow.id).versions.map((v) => v.number)).toEqual([3, 2, 1]);
  });

  it('never changes a saved version: the database refuses any UPDATE', () => {
    const { flow } = flows.create({ name: 'A', spec: spec(600) });

    expect(() =>
      db.prepare("UPDATE flow_versions SET message = 'rewritten' WHERE flow_id = ?").run(flow.id),
    ).toThrow('flow versions are immutable');
    expect(flows.version(flow.id, 1).message).toBe('');
  });

  it('publishes one version at a time and can unpublish', () => {
    const { flow } = flows.create({ name: 'A', spec: spec(600) });
    flows.saveVersion(flow.id, { base_version: 1, spec: spec(700) });

    const published = flows.publish(flow.id, 1);
    const versions = flows.get(flow.id).versions;
    const unpublished = flows.publish(flow.id, null);

    expect(published.published_version).toBe(1);
    expect(versions.map((v) => [v.number, v.published])).toEqual([
      [2, false],
      [1, true],
    ]);
    expect(unpublished.published_version).toBe(null);
    expect(refusal(() => flows.publish(flow.id, 7))).toMatchObject({
      status: 404,
      message: '"A" has no version 7.',
    });
  });

  it('counts launches per version', () => {
    const { flow } = flows.create({ name: 'A', spec: spec(600) });
    flows.saveVersion(flow.id, { base_version: 1, spec: spec(700) });
    const launches = launchStore(db);
    const launch = (id: string, version: number) =>
      launches.add({
        session_id: id,
        created_at: clock,
        mode: 'local-sandbox',
        api_url: 'http://x',
        spec_json: '{}',
        client_session_token: 't',
        client_session_token_ttl: 600,
        launch_url: 'http://x',
        deleted_at: null,
        flow_id: flow.id,
        flow_name: 'A',
        flow_version: version,
        flow_modified: 0,
      });
    launch('s1', 2);
    launch('s2', 2);
    launch('s3', 1);

    expect(flows.get(flow.id).versions.map((v) => [v.number, v.launch_count])).toEqual([
      [2, 2],
      [1, 1],
    ]);
    expect(flows.version(flow.id, 2).launch_count).toBe(2);
  });
});

describe('flow store: names, duplicates, archive', () => {
  it('keeps names unique without regard to case and refuses a clash', () => {
    flows.create({ name: 'Onboarding', spec: spec(600) });
    const other = flows.create({ name: 'Other', spec: spec(600) });

    expect(refusal(() => flows.create({ name: 'ONBOARDING', spec: spec(600) }))).toMatchObject({
      status: 409,
      code: 'name_taken',
      message: 'A flow named "ONBOARDING" already exists. Choose another name.',
    });
    expect(refusal(() => flows.update(other.flow.id, { name: 'onboarding' })).code).toBe(
      'name_taken',
    );
    expect(flows.update(other.flow.id, { name: 'OTHER', description: 'why' })).toMatchObject({
      name: 'OTHER',
      description: 'why',
    });
  });

  it('duplicates the latest version into a new flow named "… (copy)"', () => {
    const { flow } = flows.create({ name: 'A', spec: spec(600) });
    flows.saveVersion(flow.id, { base_version: 1, spec: spec(700) });

    const first = flows.duplicate(flow.id);
    const second = flows.duplicate(flow.id);

    expect(first.flow).toMatchObject({ name: 'A (copy)', latest_version: 1 });
    expect(first.version).toMatchObject({
      number: 1,
      spec: spec(700),
      message: 'Copied from "A" version 2',
    });
    expect(second.flow.name).toBe('A (copy) (2)');
    expect(refusal(() => flows.duplicate(flow.id, 'a')).code).toBe('name_taken');
  });

  it('lists newest updated first, archived ones only when asked', () => {
    const a = flows.create({ name: 'A', spec: spec(600) }).flow;
    tick();
    const b = flows.create({ name: 'B', spec: spec(600) }).flow;
    tick();
    flows.saveVersion(a.id, { base_version: 1, spec: spec(700) });
    tick();
    const c = flows.create({ name: 'C', spec: spec(600) }).flow;
    flows.archive(c.id);

    expect(flows.list().map((f) => f.name)).toEqual(['A', 'B']);
    expect(flows.list('include').map((f) => f.name)).toEqual(['C', 'A', 'B']);
    expect(flows.list('only').map((f) => f.name)).toEqual(['C']);
    expect(flows.unarchive(c.id).archived_at).toBe(null);
    expect(flows.list().map((f) => f.id)).toEqual([c.id, a.id, b.id]);
  });
});

describe('flow store: delete, undo, purge', () => {
  const archived = (name = 'Old') => {
    const { flow } = flows.create({ name, spec: spec(600) });
    flows.archive(flow.id);
    return flow;
  };

  it('deletes only archived flows, confirmed by their exact name', () => {
    const { flow } = flows.create({ name: 'Live', spec: spec(600) });

    expect(refusal(() => flows.remove(flow.id, 'Live'))).toMatchObject({
      status: 409,
      code: 'not_archived',
      message: 'Archive "Live" before deleting it.',
    });
    flows.archive(flow.id);
    expect(refusal(() => flows.remove(flow.id, 'live'))).toMatchObject({
      status: 400,
      code: 'confirm_mismatch',
    });
    expect(flows.remove(flow.id, 'Live')).toEqual({
      flow_id: flow.id,
      deleted_at: '2026-12-01T12:00:00.000Z',
      undo_until: '2026-12-01T12:01:00.000Z',
    });
    expect(refusal(() => flows.get(flow.id)).status).toBe(404);
    expect(flows.list('include')).toEqual([]);
  });

  it('brings a deleted flow back within the undo window, with all its versions', () => {
    const flow = archived();
    flows.saveVersion(flow.id, { base_version: 1, spec: spec(700) });
    flows.remove(flow.id, 'Old');
    tick(UNDO_WINDOW_MS);

    const restored = flows.undelete(flow.id);

    expect(restored).toMatchObject({ name: 'Old', version_count: 2 });
    expect(flows.version(flow.id, 2).spec).toEqual(spec(700));
  });

  it('renames a restored flow whose name was taken meanwhile', () => {
    const flow = archived();
    flows.remove(flow.id, 'Old');
    flows.create({ name: 'old', spec: spec(600) });

    expect(flows.undelete(flow.id).name).toBe('Old (2)');
  });

  it('answers 410 after the window and purges the versions, keeping only a tombstone', () => {
    const flow = archived();
    flows.remove(flow.id, 'Old');
    tick(UNDO_WINDOW_MS + 1);

    expect(refusal(() => flows.undelete(flow.id))).toMatchObject({ status: 410, code: 'gone' });
    expect(flows.purge()).toBe(1);
    expect(db.prepare('SELECT COUNT(*) AS n FROM flow_versions').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT name, description FROM flows WHERE id = ?').get(flow.id)).toEqual({
      name: '',
      description: '',
    });
    expect(refusal(() => flows.undelete(flow.id)).status).toBe(410);
    expect(flows.purge()).toBe(0);
  });

  it('purges expired flows when listing', () => {
    const flow = archived();
    flows.remove(flow.id, 'Old');
    tick(UNDO_WINDOW_MS + 1);

    flows.list();

    expect(db.prepare('SELECT purged_at FROM flows WHERE id = ?').get(flow.id)).toEqual({
      purged_at: clock,
    });
  });
});

describe('flow store: import', () => {
  const imported = (name: string, numbers: number[]): ImportedFlow => ({
    name,
    description: '',
    archived_at: null,
    published_version: null,
    versions: numbers.map((number) => ({ number, message: '', spec: spec(600 + number) })),
  });

  it('writes all flows in one transaction, renaming clashes', () => {
    flows.create({ name: 'A', spec: spec(600) });
    const files = flowFileStore(db, () => clock);

    const result = files.importFlows([imported('A', [1, 4]), imported('a', [1])]);

    expect(result.flows.map((f) => [f.name, f.latest_version, f.version_count])).toEqual([
      ['A (2)', 4, 2],
      ['a (3)', 1, 1],
    ]);
    expect(result.renamed).toEqual([
      { index: 0, from: 'A', to: 'A (2)' },
      { index: 1, from: 'a', to: 'a (3)' },
    ]);
  });

  it('leaves nothing behind when one flow cannot be written', () => {
    const files = flowFileStore(db, () => clock);

    expect(() => files.importFlows([imported('Fine', [1]), imported('Broken', [1, 1])])).toThrow();
    expect(flows.list('include')).toEqual([]);
    expect(db.prepare('SELECT COUNT(*) AS n FROM flow_versions').get()).toEqual({ n: 0 });
  });
});

describe('schema migration', () => {
  it('brings a schema-1 database up to date, keeping its launches (without a flow)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'idv-flows-migrate-'));
    const old = new Database(join(dir, 'studio.db'));
    old.exec(MIGRATIONS[0] ?? '');
    old.pragma('user_version = 1');
    old
      .prepare(
        `INSERT INTO launches VALUES ('s1', 1, 'local-sandbox', 'http://x', '{}', 't', 600, 'http://x', NULL)`,
      )
      .run();
    old.close();

    const upgraded = openDatabase(dir);
    const launch = launchStore(upgraded).get('s1');
    const version = upgraded.pragma('user_version', { simple: true });
    upgraded.close();
    rmSync(dir, { recursive: true, force: true });

    expect(version).toBe(MIGRATIONS.length);
    expect(launch).toMatchObject({
      session_id: 's1',
      flow_id: null,
      flow_version: null,
      flow_modified: null,
    });
  });
});
