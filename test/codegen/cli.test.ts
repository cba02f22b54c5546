import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { SAMPLES_DIR } from './specs';

const run = promisify(execFile);
const BIN = path.resolve(import.meta.dirname, '../../bin/idv-studio.mjs');
const SAMPLE = path.join(SAMPLES_DIR, '07-identity-profile-uk-dbs-standard.json');
const dir = mkdtempSync(path.join(tmpdir(), 'idv-cli-codegen-'));

async function cli(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args]);
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('idv-studio codegen', () => {
  it('prints the snippet, with --lang value or --lang=value', async () => {
    const a = await cli('codegen', '--lang', 'go', SAMPLE);
    const b = await cli('codegen', `--lang=go`, SAMPLE);
    expect(a.code).toBe(0);
    expect(a.stdout).toContain('create.NewSessionSpecificationBuilder()');
    expect(b.stdout).toBe(a.stdout);
  });

  it('lists what the SDK cannot send on stderr', async () => {
    const r = await cli('codegen', '--lang', 'python', SAMPLE);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`${SAMPLE}: identity_profile_requirements: dropped:`);
  });

  it('exits 1 with validate-style findings for an invalid spec', async () => {
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ requested_check: [] }));
    const r = await cli('codegen', '--lang', 'node', bad);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${bad}: requested_check: error: Unknown key`);
  });

  it('exits 2 for unreadable or non-JSON files and unknown languages', async () => {
    const broken = path.join(dir, 'broken.json');
    writeFileSync(broken, '{');
    expect((await cli('codegen', '--lang', 'node', broken)).code).toBe(2);
    expect((await cli('codegen', '--lang', 'node', path.join(dir, 'missing.json'))).code).toBe(2);
    const r = await cli('codegen', '--lang', 'cobol', SAMPLE);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('node, java, php, python, csharp, go, curl');
  });
});
