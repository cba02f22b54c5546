/** Runs the real `idv-studio` binary in a child Node process, and writes fixture files for it. */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const BIN = path.resolve(import.meta.dirname, '../../bin/idv-studio.mjs');

/** Exit code, stdout and stderr of one CLI run. */
export async function cli(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args]);
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

/** A fresh temporary folder; `write` puts text, bytes or JSON (2-space) into a file there. */
export function tempFiles(prefix: string) {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return {
    dir,
    write(name: string, content: unknown): string {
      const p = path.join(dir, name);
      const raw = typeof content === 'string' || Buffer.isBuffer(content);
      writeFileSync(p, raw ? content : JSON.stringify(content, null, 2));
      return p;
    },
  };
}
