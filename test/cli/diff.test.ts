import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempFiles } from './run-cli';

const files = tempFiles('idv-cli-diff-');
const file = files.write;

const older = {
  resources_ttl: 604800,
  requested_checks: [{ type: 'ID_DOCUMENT_FACE_MATCH', config: { manual_check: 'FALLBACK' } }],
  notifications: {
    endpoint: 'https://a.example',
    auth_token: 'user:hunter2',
    topics: ['SESSION_COMPLETION'],
  },
};
const newer = {
  resources_ttl: 2592000,
  requested_checks: [{ type: 'LIVENESS', config: { liveness_type: 'STATIC', max_retries: 3 } }],
  notifications: { endpoint: 'https://a.example', auth_token: 'user:swordfish' },
  sdk_config: { success_url: 'https://b.example' },
};
const flowFile = (specs: unknown[]) => ({
  format: 'idv-studio/flows',
  format_version: 1,
  exported_at: '2026-12-01T12:00:00.000Z',
  flows: [
    {
      name: 'Onboarding',
      description: '',
      created_at: '2026-12-01T10:00:00.000Z',
      archived_at: null,
      published_version: 1,
      versions: specs.map((spec, i) => ({
        number: i + 1,
        created_at: '2026-12-01T11:00:00.000Z',
        message: '',
        spec,
      })),
    },
  ],
});

describe('idv-studio diff', () => {
  it('prints the changes grouped by section and exits 1, never showing a secret', async () => {
    const r = await cli('diff', file('old.json', older), file('new.json', newer));
    expect(r.code).toBe(1);
    expect(r.stdout.trimEnd().split('\n')).toEqual([
      'Session',
      '  Resources TTL 7 days → 30 days',
      'Checks',
      '  Face match check removed',
      '  Liveness check added (STATIC, 3 retries)',
      'Preferences',
      '  Success URL set to https://b.example',
      'Notifications',
      '  Notification auth token changed',
      '  Topic SESSION_COMPLETION removed',
    ]);
    expect(r.stderr).toContain('6 change(s) from');
    expect(r.stdout + r.stderr).not.toMatch(/hunter2|swordfish/);
  });

  it('exits 0 with "No differences." for specs that are equal canonically', async () => {
    const reordered = Object.fromEntries(Object.entries(older).reverse());
    const r = await cli('diff', file('a.json', older), file('a-reordered.json', reordered));
    expect(r).toMatchObject({ code: 0, stdout: 'No differences.\n' });
  });

  it('prints the changes as JSON with --json', async () => {
    const r = await cli('diff', '--json', file('old.json', older), file('new.json', newer));
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { equal: boolean; changes: unknown[] };
    expect(out.equal).toBe(false);
    expect(out.changes[0]).toEqual({
      kind: 'changed',
      path: ['resources_ttl'],
      section: 'Session',
      summary: 'Resources TTL 7 days → 30 days',
    });
    const same = await cli('diff', '--json', file('old.json', older), file('old.json', older));
    expect(same.code).toBe(0);
    expect(JSON.parse(same.stdout)).toEqual({ equal: true, changes: [] });
  });

  it('exits 2 for a file that is not JSON (line and column), missing or over 5 MB', async () => {
    const good = file('old.json', older);
    const broken = await cli('diff', good, file('broken.json', '{\n  "resources_ttl": 1,\n}'));
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('broken.json: $: error: Invalid JSON at line 3, column 1');
    const missing = await cli('diff', path.join(files.dir, 'missing.json'), good);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('missing.json: cannot read the file (ENOENT)');
    const big = await cli('diff', good, file('big.json', Buffer.alloc(5 * 1024 * 1024 + 1, 32)));
    expect(big.code).toBe(2);
    expect(big.stderr).toContain('specs larger than 5 MB are refused');
    expect(big.stdout).toBe('');
  });

  it('exits 2 for an invalid spec, printing its errors with file and path', async () => {
    const bad = file('bad.json', { requested_check: [], sdk_config: { dark_mode: 'auto' } });
    const r = await cli('diff', bad, file('old.json', older));
    expect(r.code).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /bad\.json: requested_check: error: Unknown key "requested_check"\..*\[schema\.unknown_key\]$/,
    );
    expect(lines[1]).toMatch(
      /bad\.json: sdk_config\.dark_mode: error: .*\[schema\.invalid_enum\]$/,
    );
  });

  it('compares the latest version of an exported flow with a spec', async () => {
    const flow = file('onboarding.flow.json', flowFile([older, newer]));
    const r = await cli('diff', flow, file('new.json', newer));
    expect(r).toMatchObject({ code: 0, stdout: 'No differences.\n' });
    const other = await cli('diff', file('old.json', older), flow);
    expect(other.code).toBe(1);
    expect(other.stderr).toContain('onboarding.flow.json (Onboarding v2)');
  });

  it('refuses a flow file with an invalid spec or more than one flow', async () => {
    const broken = file('broken.flow.json', flowFile([{ resources_ttl: 'soon' }]));
    const r = await cli('diff', broken, file('old.json', older));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /broken\.flow\.json: flows\[0\]\.versions\[0\]\.spec\.resources_ttl: error: /,
    );
    const two = flowFile([older]);
    two.flows.push({ ...two.flows[0]!, name: 'Second' });
    const lib = await cli('diff', file('library.json', two), file('old.json', older));
    expect(lib.code).toBe(2);
    expect(lib.stderr).toContain(
      'library.json: flows: the file holds 2 flows; export the one flow to compare',
    );
  });

  it('asks for exactly two files', async () => {
    const r = await cli('diff', file('old.json', older));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('give two files');
    expect((await cli('--help')).stdout).toContain('diff <a.json> <b.json>');
  });
});
