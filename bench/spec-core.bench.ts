/**
 * Validation speed of the spec core on a ~1 MB valid spec: text → findings (parse, schema, rules),
 * serialization, the semantic diff (saved flows), and the whole `idv-studio validate` process
 * (start-up included).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { COUNTRIES } from '../src/spec/countries';
import { diffSpecs, serializeSpec, validateSpecText, type SessionSpec } from '../src/spec/index';

function bigSpec(targetBytes: number): string {
  const codes = COUNTRIES.map((c) => c.code);
  const spec: SessionSpec = {
    client_session_token_ttl: 1800,
    resources_ttl: 604800,
    requested_checks: [{ type: 'ID_DOCUMENT_AUTHENTICITY', config: { manual_check: 'FALLBACK' } }],
    requested_tasks: [
      { type: 'ID_DOCUMENT_TEXT_DATA_EXTRACTION', config: { manual_check: 'FALLBACK' } },
    ],
    required_documents: [],
  };
  let i = 0;
  while (serializeSpec(spec).length < targetBytes) {
    const documents = Array.from({ length: 10 }, (_, k) => ({
      document_types: ['PASSPORT', 'DRIVING_LICENCE', 'NATIONAL_ID'],
      country_codes: codes.slice((i * 10 + k) % 200, ((i * 10 + k) % 200) + 8),
    }));
    for (let n = 0; n < 50; n++, i++)
      spec.required_documents.push({
        type: 'ID_DOCUMENT',
        filter: { type: 'DOCUMENT_RESTRICTIONS', inclusion: 'WHITELIST', documents },
      });
  }
  return serializeSpec(spec);
}

const stats = (ms: number[]) => {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return `median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, min ${s[0]!.toFixed(1)} ms (n=${s.length})`;
};

const text = bigSpec(1024 * 1024);
const first = validateSpecText(text);
if (!first.valid) throw new Error(`benchmark spec is invalid: ${first.findings[0]?.message}`);
const runs = (fn: () => void, n: number) =>
  Array.from({ length: n }, () => {
    const t = performance.now();
    fn();
    return performance.now() - t;
  });

for (let w = 0; w < 3; w++) validateSpecText(text);
console.log(
  `spec size: ${(text.length / 1024).toFixed(0)} KiB, ${first.spec!.required_documents.length} required documents`,
);
console.log(
  `validateSpecText (parse + schema + rules): ${stats(runs(() => validateSpecText(text), 30))}`,
);
console.log(`serializeSpec: ${stats(runs(() => serializeSpec(first.spec!), 30))}`);

const big = first.spec!;
const changed: SessionSpec = {
  ...big,
  resources_ttl: 2592000,
  required_documents: [...big.required_documents.slice(1), { type: 'ID_DOCUMENT' }],
};
console.log(`diffSpecs, 1 MB spec with itself: ${stats(runs(() => diffSpecs(big, big), 30))}`);
console.log(
  `diffSpecs, 1 MB spec, 3 changes: ${stats(runs(() => diffSpecs(big, changed), 30))} → ${diffSpecs(big, changed).length} lines`,
);

const dir = mkdtempSync(path.join(tmpdir(), 'idv-bench-'));
const file = path.join(dir, 'one-megabyte.json');
writeFileSync(file, text);
const bin = path.resolve(import.meta.dirname, '../bin/idv-studio.mjs');
const cli = runs(() => {
  const r = spawnSync(process.execPath, [bin, 'validate', file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`CLI exited ${r.status}: ${r.stderr}`);
}, 5);
console.log(`idv-studio validate <1 MB file> (whole process, start-up included): ${stats(cli)}`);
