/** Export and import of saved flows (the file format itself lives in src/flows). */
import {
  uniqueName,
  type ExportFlow,
  type FlowSummary,
  type ImportedFlow,
} from '../../src/flows/index';
import { serializeSpec } from '../../src/spec/index';
import type { Db } from './db';
import { flowQueries, flowSummary, iso, type FlowRow, type VersionRow } from './flow-queries';
import { randomUUID } from 'node:crypto';

/** A flow renamed on import because its name was taken. */
export type Renamed = { index: number; from: string; to: string };

/** Reads flows out for export and writes imported ones in, all or nothing. */
export function flowFileStore(db: Db, now: () => number = Date.now) {
  const q = flowQueries(db);
  const exportOne = (flow: FlowRow): ExportFlow => ({
    name: flow.name,
    description: flow.description,
    created_at: iso(flow.created_at),
    archived_at: flow.archived_at === null ? null : iso(flow.archived_at),
    published_version: flow.published_version,
    versions: (q.allVersions.all(flow.id) as VersionRow[]).map((v) => ({
      number: v.number,
      created_at: iso(v.created_at),
      message: v.message,
      spec: JSON.parse(v.spec_json) as unknown,
    })),
  });

  return {
    /** One live flow, every version (the file writer drops history when asked). */
    exportFlow: (id: string): ExportFlow => exportOne(q.live(id)),

    /** Every live flow, archived ones included, oldest first so a re-import keeps the order. */
    exportLibrary: (): ExportFlow[] =>
      (q.list.all({ archived: 'include' }) as FlowRow[]).reverse().map(exportOne),

    /**
     * Inserts every flow in one transaction: a failure leaves nothing behind. Names that clash
     * (with stored flows or earlier ones in the batch) get " (2)", " (3)"…
     */
    importFlows: db.transaction((flows: readonly ImportedFlow[]) => {
      const at = now();
      const renamed: Renamed[] = [];
      const created: FlowSummary[] = [];
      flows.forEach((flow, index) => {
        const name = uniqueName(flow.name, q.isTaken());
        if (name !== flow.name) renamed.push({ index, from: flow.name, to: name });
        const id = randomUUID();
        const ms = (time: string | undefined) => (time === undefined ? at : Date.parse(time));
        q.insert(
          {
            id,
            name,
            description: flow.description,
            created_at: ms(flow.created_at),
            updated_at: at,
            archived_at: flow.archived_at === null ? null : Date.parse(flow.archived_at),
            latest_version: flow.versions[flow.versions.length - 1]?.number ?? 1,
            published_version: flow.published_version,
          },
          flow.versions.map((v) => ({
            number: v.number,
            created_at: ms(v.created_at),
            message: v.message,
            spec_json: serializeSpec(v.spec),
          })),
        );
        created.push(flowSummary(q.live(id)));
      });
      return { flows: created, renamed };
    }),
  };
}

export type FlowFileStore = ReturnType<typeof flowFileStore>;
