/**
 * Saved flows in-process (SQLite in a temp folder): a library of 200 flows with 10 versions each
 * plus one with 500; saving a version, listing, reading a long history, the launch hot-path
 * addition (one lookup + canonical compare), and reading and importing the exported library.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildFlowFile, readFlowFile, serializeFlowFile } from '../src/flows/index';
import { canonicalSpec, serializeSpec, type SessionSpec } from '../src/spec/index';
import { openDatabase } from '../server/store/db';
import { flowFileStore } from '../server/store/flow-files';
import { launchRef } from '../server/store/flow-queries';
import { flowStore } from '../server/store/flows';

const dir = mkdtempSync(path.join(tmpdir(), 'idv-flows-bench-'));
const db = openDatabase(dir);
const flows = flowStore(db);
const files = flowFileStore(db);
const spec = (n: number): SessionSpec =>
  canonicalSpec({
    user_tracking_id: `bench-${n}`,
    requested_checks: [{ type: 'LIVENESS', config: { liveness_type: 'STATIC', max_retries: 3 } }],
    requested_tasks: [
      { type: 'ID_DOCUMENT_TEXT_DATA_EXTRACTION', config: { manual_check: 'FALLBACK' } },
    ],
  });

const perOp = (label: string, n: number, fn: (i: number) => void) => {
  const start = performance.now();
  for (let i = 0; i < n; i++) fn(i);
  const ms = performance.now() - start;
  console.log(`${label}: ${((ms * 1000) / n).toFixed(1)} µs/op (n=${n})`);
};

for (let f = 0; f < 200; f++) {
  const { flow } = flows.create({ name: `Flow ${f}`, spec: spec(f * 100) });
  for (let v = 1; v < 10; v++)
    flows.saveVersion(flow.id, { base_version: v, spec: spec(f * 100 + v) });
}
const target = flows.create({ name: 'Long history', spec: spec(-1) }).flow.id;
let latest = 1;
perOp('save version (transaction, stale check, insert)', 499, (i) => {
  latest = flows.saveVersion(target, { base_version: latest, spec: spec(100_000 + i) }).version
    .number;
});
const tenVersions = flows.list()[1]?.id ?? '';
perOp('list 201 flows', 200, () => flows.list('include'));
perOp('get a flow with 10 versions', 1000, () => flows.get(tenVersions));
perOp('get a flow with 500 versions', 200, () => flows.get(target));
const lookup = launchRef(db);
const launched = spec(100_000 + 498);
perOp('launch linkage (lookup + serializeSpec compare)', 5000, () => {
  const row = lookup(target, latest);
  if (serializeSpec(launched) !== row?.spec_json) throw new Error('expected unmodified');
});
const text = serializeFlowFile(buildFlowFile(files.exportLibrary(), new Date().toISOString()));
console.log(`library file: ${(text.length / 1024 / 1024).toFixed(2)} MB`);
perOp('read library file (parse, migrate, validate every version)', 5, () => {
  if (!readFlowFile('library.json', text).ok) throw new Error('library did not read');
});
perOp('import library (one transaction)', 3, () => {
  const read = readFlowFile('library.json', text);
  if (read.ok) files.importFlows(read.flows);
});

db.close();
rmSync(dir, { recursive: true, force: true });
