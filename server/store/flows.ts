import { randomUUID } from 'node:crypto';
import {
  nameKey,
  uniqueName,
  type FlowSummary,
  type FlowVersion,
  type VersionSummary,
} from '../../src/flows/index';
import { serializeSpec, type SessionSpec } from '../../src/spec/index';
import { ApiError } from '../http/errors';
import type { Db } from './db';
import {
  UNDO_WINDOW_MS,
  flowQueries,
  flowSummary,
  iso,
  nameTaken,
  notFound,
  versionSummary,
  type FlowRow,
  type VersionRow,
} from './flow-queries';

/** Saved flows in SQLite: every change is one transaction, versions are never changed. */
export function flowStore(db: Db, now: () => number = Date.now) {
  const q = flowQueries(db);
  const expiredIds = db.prepare('SELECT id FROM flows WHERE deleted_at <= ? AND purged_at IS NULL');
  const dropVersions = db.prepare('DELETE FROM flow_versions WHERE flow_id = ?');
  const tombstone = q.set("name = '', name_key = '', description = '', purged_at = @at");
  const purgeExpired = db.transaction((before: number) => {
    const expired = expiredIds.all(before) as { id: string }[];
    for (const { id } of expired) {
      dropVersions.run(id);
      tombstone.run({ id, at: now() });
    }
    return expired.length;
  });

  const versionOf = (flow: FlowRow, number: number): FlowVersion => {
    const row = q.version.get(flow.id, number) as VersionRow | undefined;
    if (!row) throw new ApiError(404, 'not_found', `"${flow.name}" has no version ${number}.`);
    const { n } = q.launchCount.get(flow.id, number) as { n: number };
    return {
      ...versionSummary({ ...row, launch_count: n }, flow.published_version),
      spec: JSON.parse(row.spec_json) as SessionSpec,
    };
  };

  const touch = (id: string, columns: string, values: Record<string, unknown>): FlowSummary => {
    q.set(`${columns}, updated_at = @updated_at`).run({ ...values, id, updated_at: now() });
    return flowSummary(q.live(id));
  };

  const create = db.transaction(
    (input: { name: string; description?: string; spec: SessionSpec; message?: string }) => {
      if (q.isTaken()(nameKey(input.name))) throw nameTaken(input.name);
      const at = now();
      const id = randomUUID();
      q.insert(
        {
          id,
          name: input.name,
          description: input.description ?? '',
          created_at: at,
          updated_at: at,
          archived_at: null,
          latest_version: 1,
          published_version: null,
        },
        [
          {
            number: 1,
            created_at: at,
            message: input.message ?? '',
            spec_json: serializeSpec(input.spec),
          },
        ],
      );
      const flow = q.live(id);
      return { flow: flowSummary(flow), version: versionOf(flow, 1) };
    },
  );

  return {
    /** Purges flows deleted more than UNDO_WINDOW_MS ago; returns how many. */
    purge: () => purgeExpired(now() - UNDO_WINDOW_MS),

    /** Newest updated first. */
    list(archived: 'exclude' | 'include' | 'only' = 'exclude'): FlowSummary[] {
      purgeExpired(now() - UNDO_WINDOW_MS);
      return (q.list.all({ archived }) as FlowRow[]).map(flowSummary);
    },

    get(id: string): { flow: FlowSummary; versions: VersionSummary[] } {
      const flow = q.live(id);
      const rows = q.versions.all(id) as Parameters<typeof versionSummary>[0][];
      return {
        flow: flowSummary(flow),
        versions: rows.map((v) => versionSummary(v, flow.published_version)),
      };
    },

    version: (id: string, number: number): FlowVersion => versionOf(q.live(id), number),

    create,

    update: db.transaction((id: string, patch: { name?: string; description?: string }) => {
      const flow = q.live(id);
      const name = patch.name ?? flow.name;
      if (q.isTaken(id)(nameKey(name))) throw nameTaken(name);
      return touch(id, 'name = @name, name_key = @name_key, description = @description', {
        name,
        name_key: nameKey(name),
        description: patch.description ?? flow.description,
      });
    }),

    /**
     * Saves a new version on top of `base`, which must be the latest (optimistic concurrency).
     * A spec equal to the latest one saves nothing.
     */
    saveVersion: db.transaction(
      (id: string, input: { base_version: number; spec: SessionSpec; message?: string }) => {
        const flow = q.live(id);
        const latest = flow.latest_version;
        if (input.base_version !== latest)
          throw staleVersion(input.base_version, versionOf(flow, latest));
        const specJson = serializeSpec(input.spec);
        const current = q.version.get(id, latest) as VersionRow;
        if (current.spec_json === specJson)
          return { flow: flowSummary(flow), version: versionOf(flow, latest), unchanged: true };
        const at = now();
        q.insertVersion.run({
          flow_id: id,
          number: latest + 1,
          created_at: at,
          message: input.message ?? '',
          spec_json: specJson,
        });
        q.set('latest_version = @n, updated_at = @at').run({ id, n: latest + 1, at });
        const saved = q.live(id);
        return {
          flow: flowSummary(saved),
          version: versionOf(saved, latest + 1),
          unchanged: false,
        };
      },
    ),

    publish: db.transaction((id: string, version: number | null) => {
      const flow = q.live(id);
      if (version !== null) versionOf(flow, version);
      return touch(id, 'published_version = @version', { version });
    }),

    duplicate: db.transaction((id: string, name?: string) => {
      const source = q.live(id);
      const latest = q.version.get(id, source.latest_version) as VersionRow;
      const copyName = name ?? uniqueName(`${source.name.slice(0, 93)} (copy)`, q.isTaken());
      return create({
        name: copyName,
        description: source.description,
        spec: JSON.parse(latest.spec_json) as SessionSpec,
        message: `Copied from "${source.name}" version ${latest.number}`,
      });
    }),

    archive: (id: string) => (q.live(id), touch(id, 'archived_at = @at', { at: now() })),
    unarchive: (id: string) => (q.live(id), touch(id, 'archived_at = NULL', {})),

    /** Soft delete: archived flows only, confirmed by their exact name. Undo within the window. */
    remove: db.transaction((id: string, confirm: string) => {
      const flow = q.live(id);
      if (flow.archived_at === null)
        throw new ApiError(409, 'not_archived', `Archive "${flow.name}" before deleting it.`);
      if (confirm !== flow.name)
        throw new ApiError(
          400,
          'confirm_mismatch',
          `To delete this flow, confirm with its exact name: "${flow.name}".`,
        );
      const at = now();
      q.set('deleted_at = @at').run({ id, at });
      return { flow_id: id, deleted_at: iso(at), undo_until: iso(at + UNDO_WINDOW_MS) };
    }),

    undelete: db.transaction((id: string) => {
      const row = q.anyFlow.get(id) as FlowRow | undefined;
      if (!row || row.deleted_at === null) throw notFound();
      if (row.purged_at !== null || now() > row.deleted_at + UNDO_WINDOW_MS)
        throw new ApiError(
          410,
          'gone',
          `This flow was deleted more than ${UNDO_WINDOW_MS / 1000} seconds ago and can no longer be restored.`,
        );
      const name = uniqueName(row.name, q.isTaken(id));
      q.set('deleted_at = NULL, name = @name, name_key = @key').run({
        id,
        name,
        key: nameKey(name),
      });
      return flowSummary(q.live(id));
    }),
  };
}

function staleVersion(base: number, latest: FlowVersion): ApiError {
  const n = latest.number;
  const saved = n === base + 1 ? `Version ${n} was` : `Versions ${base + 1}–${n} were`;
  const message =
    base < n
      ? `${saved} saved (by another tab or person) after version ${base}, which your draft is based on. Review the difference, then save on top of version ${n}.`
      : `Your draft is based on version ${base}, but the latest saved version is ${n}. Review the difference, then save on top of version ${n}.`;
  return new ApiError(409, 'stale_version', message, { latest });
}

export type FlowStore = ReturnType<typeof flowStore>;
