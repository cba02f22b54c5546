import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildFlowFile,
  FLOW_FILE_VERSION,
  flowNameFromFile,
  migrateFlowFile,
  readFlowFile,
  serializeFlowFile,
  slugOf,
  uniqueName,
  type ExportFlow,
} from '../../src/flows/index';
import { MASK, serializeSpec, type SessionSpecInput } from '../../src/spec/index';

const fixtureText = readFileSync(
  new URL('../fixtures/flows/library-v1.json', import.meta.url),
  'utf8',
);
const fixture = () => JSON.parse(fixtureText) as Record<string, unknown>;
const liveness: SessionSpecInput = {
  requested_checks: [{ type: 'LIVENESS', config: { liveness_type: 'STATIC' } }],
};
const fileWith = (flows: unknown[]) =>
  JSON.stringify({ format: 'idv-studio/flows', format_version: 1, flows });
const pathsOf = (findings: { pathText: string }[]) => findings.map((f) => f.pathText);

describe('migrateFlowFile', () => {
  it('reads the committed format_version 1 library, filling in what older files leave out', () => {
    const result = migrateFlowFile(fixture());

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.file.format_version).toBe(FLOW_FILE_VERSION);
    const [onboarding, old] = result.file.flows;
    expect(onboarding).toMatchObject({
      name: 'Onboarding UK',
      published_version: 2,
      archived_at: null,
      versions: [
        { number: 1, message: 'First draft' },
        { number: 2, message: 'Add liveness and notifications' },
      ],
    });
    expect(old).toEqual({
      name: 'Old KYC',
      description: '',
      archived_at: '2026-10-20T10:00:00.000Z',
      published_version: null,
      versions: [{ number: 3, message: '', spec: liveness }],
    });
  });

  it('refuses a file from a newer Studio, saying which versions it reads', () => {
    const result = migrateFlowFile({ ...fixture(), format_version: FLOW_FILE_VERSION + 1 });

    expect(result).toEqual({
      ok: false,
      findings: [
        expect.objectContaining({
          code: 'file.too_new',
          pathText: 'format_version',
          message: `This file has format_version ${FLOW_FILE_VERSION + 1}, written by a newer Studio; this Studio reads up to ${FLOW_FILE_VERSION}. Update Studio, then import it again.`,
        }),
      ],
    });
  });

  it.each([
    [[], '$', 'file.not_an_object'],
    [{ format: 'excalidraw', flows: [] }, 'format', 'file.format'],
    [
      { format: 'idv-studio/flows', format_version: '1', flows: [] },
      'format_version',
      'file.format_version',
    ],
    [
      { format: 'idv-studio/flows', format_version: 0, flows: [] },
      'format_version',
      'file.format_version',
    ],
  ])('refuses %j at %s', (raw, pathText, code) => {
    const result = migrateFlowFile(raw);

    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.findings.map((f) => [f.pathText, f.code])).toEqual([[pathText, code]]);
  });

  it('applies migration steps in order, from the file version up to the current one', () => {
    const applied: string[] = [];
    const steps = [
      (file: Record<string, unknown>) => {
        applied.push(`1→2 at ${String(file.format_version)}`);
        const flows = file.flows as { title: string; versions: unknown[] }[];
        return { ...file, flows: flows.map(({ title, ...rest }) => ({ ...rest, name: title })) };
      },
      (file: Record<string, unknown>) => {
        applied.push(`2→3 at ${String(file.format_version)}`);
        return file;
      },
    ];
    const v1 = {
      format: 'idv-studio/flows',
      format_version: 1,
      flows: [{ title: 'Renamed field', versions: [{ number: 1, spec: liveness }] }],
    };

    const fromV1 = migrateFlowFile(v1, steps);
    const fromV2 = migrateFlowFile(
      { ...v1, format_version: 2, flows: [{ name: 'x', versions: [{ number: 1, spec: {} }] }] },
      steps,
    );

    expect(applied).toEqual(['1→2 at 1', '2→3 at 2', '2→3 at 2']);
    expect(fromV1.ok && fromV1.file.format_version).toBe(3);
    expect(fromV1.ok && fromV1.file.flows[0]?.name).toBe('Renamed field');
    expect(fromV2.ok && fromV2.file.format_version).toBe(3);
  });

  it('says what is missing, and where', () => {
    const result = migrateFlowFile({
      format: 'idv-studio/flows',
      format_version: 1,
      flows: [{ versions: [{ number: 1, spec: {} }] }],
    });

    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.findings.map((f) => `${f.pathText}: ${f.message}`)).toEqual([
        'flows[0].name: required: add a string here.',
      ]);
  });

  it('names the path of structural problems in the file', () => {
    const result = migrateFlowFile({
      format: 'idv-studio/flows',
      format_version: 1,
      flows: [
        { name: ' ', versions: [{ number: 1, spec: {} }] },
        {
          name: 'B',
          versions: [
            { number: 1, spec: {} },
            { number: 1, spec: {} },
          ],
        },
        { name: 'C', versions: [{ number: 1 }] },
      ],
    });

    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(pathsOf(result.findings)).toEqual([
        'flows[0].name',
        'flows[1].versions[1].number',
        'flows[2].versions[0].spec',
      ]);
  });
});

describe('readFlowFile', () => {
  it('validates every version spec, with paths into the file', () => {
    const text = fileWith([
      { name: 'Good', versions: [{ number: 1, spec: liveness }] },
      {
        name: 'Broken',
        versions: [
          { number: 1, spec: liveness },
          { number: 2, spec: { requested_checks: [{ type: 'LIVENES', config: {} }] } },
        ],
      },
    ]);

    const result = readFlowFile('library.json', text);

    expect(result.ok).toBe(false);
    expect(result.findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'schema.invalid_enum',
        path: ['flows', 1, 'versions', 1, 'spec', 'requested_checks', 0, 'type'],
        pathText: 'flows[1].versions[1].spec.requested_checks[0].type',
      }),
    ]);
  });

  it('warns at each secret that was masked on export', () => {
    const result = readFlowFile('library-v1.json', fixtureText);

    expect(result.ok).toBe(true);
    expect(result.findings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'secret.masked',
        pathText: 'flows[0].versions[1].spec.notifications.auth_token',
        message:
          'This secret was removed when the flow was exported; enter it again before launching.',
      }),
    ]);
  });

  it('takes a bare session spec as one flow, version 1, named after the file', () => {
    const result = readFlowFile('kyc-basic.json', JSON.stringify(liveness));

    expect(result.ok && result.bare).toBe(true);
    expect(result.ok && result.flows).toEqual([
      {
        name: 'kyc-basic',
        description: '',
        archived_at: null,
        published_version: null,
        versions: [{ number: 1, message: '', spec: JSON.parse(serializeSpec(liveness)) }],
      },
    ]);
  });

  it('reports a bare spec’s errors relative to the spec', () => {
    const result = readFlowFile('x.json', JSON.stringify({ requested_checks: [{ type: 'NOPE' }] }));

    expect(result.ok).toBe(false);
    expect(pathsOf(result.findings)).toContain('requested_checks[0].type');
  });

  it('reports invalid JSON with its line and column', () => {
    const result = readFlowFile('x.json', '{\n  "format": "idv-studio/flows",\n  oops\n}');

    expect(result.ok).toBe(false);
    expect(result.findings).toEqual([
      expect.objectContaining({ code: 'json.syntax', pathText: '$', line: 3, column: 3 }),
    ]);
  });

  it('imports unpublished, with a warning, when the published version is not in the file', () => {
    const text = fileWith([
      { name: 'A', published_version: 1, versions: [{ number: 2, spec: liveness }] },
    ]);

    const result = readFlowFile('a.flow.json', text);

    expect(result.ok && result.flows[0]?.published_version).toBe(null);
    expect(result.findings.map((f) => [f.severity, f.pathText])).toEqual([
      ['warning', 'flows[0].published_version'],
    ]);
  });

  it('sorts versions by number', () => {
    const text = fileWith([
      {
        name: 'A',
        versions: [
          { number: 5, spec: liveness },
          { number: 2, spec: liveness },
        ],
      },
    ]);

    const result = readFlowFile('a.json', text);

    expect(result.ok && result.flows[0]?.versions.map((v) => v.number)).toEqual([2, 5]);
  });
});

const exportFlow = (): ExportFlow => ({
  name: 'Onboarding',
  description: 'd',
  created_at: '2026-12-01T10:00:00.000Z',
  archived_at: null,
  published_version: 1,
  versions: [1, 2].map((number) => ({
    number,
    created_at: `2026-12-0${number}T10:00:00.000Z`,
    message: `v${number}`,
    spec: {
      ...liveness,
      requested_checks: [
        ...(liveness.requested_checks ?? []),
        {
          type: 'WATCHLIST_ADVANCED_CA',
          config: { type: 'WITH_CUSTOM_ACCOUNT', api_key: 'secret-key', client_ref: 'r' },
        },
      ],
      notifications: { endpoint: 'https://example.com/n', auth_token: `token-${number}` },
    },
  })),
});

describe('buildFlowFile', () => {
  it('masks every secret and writes the same bytes for the same input', () => {
    const text = serializeFlowFile(buildFlowFile([exportFlow()], '2026-12-01T12:00:00.000Z'));

    expect(text).toBe(serializeFlowFile(buildFlowFile([exportFlow()], '2026-12-01T12:00:00.000Z')));
    expect(text).not.toContain('secret-key');
    expect(text).not.toContain('token-');
    expect(text.match(new RegExp(MASK.replace(/\*/g, '\\*'), 'g'))).toHaveLength(4);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('without history keeps only the latest version, and drops a published mark it no longer holds', () => {
    const file = buildFlowFile([exportFlow()], '2026-12-01T12:00:00.000Z', false);

    expect(file.flows[0]?.versions.map((v) => v.number)).toEqual([2]);
    expect(file.flows[0]?.published_version).toBe(null);
  });

  it('round-trips through readFlowFile: same flows, secrets flagged', () => {
    const text = serializeFlowFile(buildFlowFile([exportFlow()], '2026-12-01T12:00:00.000Z'));

    const result = readFlowFile('onboarding.flow.json', text);

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.flows[0]).toMatchObject({
      name: 'Onboarding',
      description: 'd',
      published_version: 1,
    });
    expect(result.flows[0]?.versions.map((v) => [v.number, v.message, v.created_at])).toEqual([
      [1, 'v1', '2026-12-01T10:00:00.000Z'],
      [2, 'v2', '2026-12-02T10:00:00.000Z'],
    ]);
    expect(result.findings.map((f) => f.pathText)).toEqual([
      'flows[0].versions[0].spec.notifications.auth_token',
      'flows[0].versions[0].spec.requested_checks[1].config.api_key',
      'flows[0].versions[1].spec.notifications.auth_token',
      'flows[0].versions[1].spec.requested_checks[1].config.api_key',
    ]);
  });
});

describe('names', () => {
  it('adds (2), (3)… to names that clash, ignoring case', () => {
    const taken = new Set(['onboarding', 'onboarding (2)']);

    expect(uniqueName('Onboarding', (k) => taken.has(k))).toBe('Onboarding (3)');
    expect(uniqueName('Fresh', (k) => taken.has(k))).toBe('Fresh');
  });

  it('keeps a suffixed long name within 100 characters', () => {
    const long = 'x'.repeat(100);

    expect(uniqueName(long, (k) => k === long)).toBe(`${'x'.repeat(96)} (2)`);
  });

  it('derives names and slugs from files', () => {
    expect(flowNameFromFile('dir/Onboarding UK.flow.json')).toBe('Onboarding UK');
    expect(flowNameFromFile('.json')).toBe('Imported flow');
    expect(slugOf('Onboarding – UK (é)')).toBe('onboarding-uk-e');
  });
});
