#!/usr/bin/env node
// Runs `vite build` only when dist/ is missing or older than any client source.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUTPUT = join(ROOT, 'dist', 'index.html');
const INPUTS = ['src', 'public', 'index.html', 'vite.config.ts', 'package-lock.json'];

/** Newest modification time (ms) of a file or of every file below a folder. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), 0);
}

function staleReason() {
  if (!existsSync(OUTPUT)) return 'dist/index.html is missing';
  const built = statSync(OUTPUT).mtimeMs;
  const changed = INPUTS.find((input) => newest(join(ROOT, input)) > built);
  return changed ? `${changed} changed since the last build` : undefined;
}

const reason = staleReason();
if (!reason) {
  console.log('ensure-build: dist/ is up to date');
  process.exit(0);
}
console.log(`ensure-build: building (${reason})`);
const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'vite'), ['build'], {
  cwd: ROOT,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
