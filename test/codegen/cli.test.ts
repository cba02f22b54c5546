import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempFiles } from '../cli/run-cli';
import { SAMPLES_DIR } from './specs';

const SAMPLE = path.join(SAMPLES_DIR, '07-identity-profile-uk-dbs-standard.json');
const files = tempFiles('idv-cli-codegen-');

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
    const bad = files.write('bad.json', { requested_check: [] });
    const r = await cli('codegen', '--lang', 'node', bad);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${bad}: requested_check: error: Unknown key`);
  });

  it('exits 2 for unreadable or non-JSON files and unknown languages', async () => {
    const broken = files.write('broken.json', '{');
    expect((await cli('codegen', '--lang', 'node', broken)).code).toBe(2);
    expect(
      (await cli('codegen', '--lang', 'node', path.join(files.dir, 'missing.json'))).code,
    ).toBe(2);
    const r = await cli('codegen', '--lang', 'cobol', SAMPLE);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('node, java, php, python, csharp, go, curl');
  });
});
