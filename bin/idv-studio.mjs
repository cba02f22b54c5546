#!/usr/bin/env node
// The idv-studio CLI. Its sources are TypeScript (src/cli, src/spec); they are bundled once with
// esbuild into node_modules/.cache and rebuilt only when a source file is newer, so a run starts
// in a plain Node process instead of paying for a TypeScript loader every time.
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const outfile = path.join(root, 'node_modules', '.cache', 'idv-studio', 'cli.mjs');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}

function builtAt() {
  try {
    return statSync(outfile).mtimeMs;
  } catch {
    return 0;
  }
}

const sources = ['src/spec', 'src/cli', 'src/codegen', 'src/flows'].map((d) => path.join(root, d));
if (builtAt() < Math.max(...sources.map(newestSource))) {
  const { build } = await import('esbuild');
  mkdirSync(path.dirname(outfile), { recursive: true });
  await build({
    entryPoints: [path.join(root, 'src/cli/run.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  });
}
await import(pathToFileURL(outfile).href);
