import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempFiles } from './run-cli';

const SAMPLES = path.resolve(import.meta.dirname, '../../../shared/reference/samples');
const files = tempFiles('idv-cli-');
const file = files.write;

describe('idv-studio validate', () => {
  it('exits 0 for valid specs and still prints their warnings', async () => {
    const r = await cli(
      'validate',
      path.join(SAMPLES, '01-minimal-id-document-check.json'),
      path.join(SAMPLES, '02-full-featured-kyc.json'),
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('02-full-featured-kyc.json: sdk_config.success_url: warning:');
    expect(r.stdout).toMatch(/\[sdk_config\.redirect_disables_post_message\]$/m);
  });

  it('exits 1 when any spec is invalid, one line per finding', async () => {
    const bad = file(
      'bad.json',
      JSON.stringify({ requested_check: [], client_session_token_ttl: 60 }),
    );
    const r = await cli('validate', path.join(SAMPLES, '01-minimal-id-document-check.json'), bad);
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n')).toEqual([
      `${bad}: requested_check: error: Unknown key "requested_check". Did you mean "requested_checks"? Yoti rejects keys it does not know; rename or remove it. [schema.unknown_key]`,
    ]);
  });

  it('exits 2 for a file that is not JSON, giving line and column', async () => {
    const r = await cli('validate', file('broken.json', '{\n  "resources_ttl": 90000,\n}'));
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('Invalid JSON at line 3, column 1');
  });

  it('exits 2 for an unreadable file', async () => {
    const r = await cli('validate', path.join(files.dir, 'missing.json'));
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('cannot read the file (ENOENT)');
  });

  it('refuses files over 5 MB', async () => {
    const big = file('big.json', Buffer.alloc(5 * 1024 * 1024 + 1, 32));
    const r = await cli('validate', big);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('specs larger than 5 MB are refused');
  });

  it('prints machine-readable findings with --json', async () => {
    const bad = file('enum.json', JSON.stringify({ sdk_config: { dark_mode: 'auto' } }));
    const r = await cli('validate', '--json', bad);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as {
      files: { file: string; valid: boolean; findings: { code: string; pathText: string }[] }[];
    };
    expect(out.files[0]).toMatchObject({
      file: bad,
      valid: false,
      findings: [{ code: 'schema.invalid_enum', pathText: 'sdk_config.dark_mode' }],
    });
  });

  it('explains its usage and rejects unknown commands and options', async () => {
    expect((await cli('--help')).stdout).toContain('validate <file...>');
    expect((await cli('frobnicate')).code).toBe(2);
    expect((await cli('validate', '--strict', 'x.json')).code).toBe(2);
  });
});
