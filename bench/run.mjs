#!/usr/bin/env node
// Runs every bench/*.bench.ts with tsx, one after another, and prints their output.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const root = fileURLToPath(new URL('..', import.meta.url));
const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.bench.ts'))
  .sort();

if (files.length === 0) {
  console.log('no benchmarks yet');
  process.exit(0);
}

let failed = 0;
for (const file of files) {
  console.log(`\n== ${file}`);
  const result = spawnSync(tsx, [`bench/${file}`], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    console.error(`${file} failed (exit ${result.status ?? result.signal})`);
    failed += 1;
  }
}
process.exit(failed === 0 ? 0 : 1);
