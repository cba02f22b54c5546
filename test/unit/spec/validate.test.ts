import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  serializeSpec,
  validateSpec,
  validateSpecText,
  type Finding,
} from '../../../src/spec/index';

const SAMPLES = path.resolve(import.meta.dirname, '../../../../shared/reference/samples');
const sample = (name: string) => readFileSync(path.join(SAMPLES, name), 'utf8');
const codes = (findings: Finding[]) => findings.map((f) => `${f.severity}:${f.code}@${f.pathText}`);
const base = {
  client_session_token_ttl: 900,
  requested_checks: [{ type: 'ID_DOCUMENT_AUTHENTICITY' }],
};

describe('reference samples', () => {
  for (const file of readdirSync(SAMPLES)) {
    it(`${file} has no errors and serializes to the same text`, () => {
      const text = sample(file);
      const r = validateSpecText(text);
      expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
      expect(serializeSpec(r.spec!)).toBe(text.trimEnd());
    });
  }
});

describe('structure', () => {
  it('reports an unknown top-level key with a suggestion', () => {
    const r = validateSpec({ requested_check: [] });
    expect(r.valid).toBe(false);
    expect(r.findings[0]).toMatchObject({
      code: 'schema.unknown_key',
      pathText: 'requested_check',
    });
    expect(r.findings[0]?.message).toContain('Did you mean "requested_checks"?');
  });
  it('reports an unknown nested key at its path', () => {
    const r = validateSpec({ ...base, sdk_config: { primary_color: '#fff' } });
    expect(r.findings[0]).toMatchObject({ pathText: 'sdk_config.primary_color' });
    expect(r.findings[0]?.message).toContain('"primary_colour"');
  });
  it('lists the allowed values of a wrong enum', () => {
    const r = validateSpec({
      requested_checks: [{ type: 'LIVENESS', config: { liveness_type: 'ACTIVE' } }],
    });
    expect(r.findings[0]).toMatchObject({
      code: 'schema.invalid_enum',
      pathText: 'requested_checks[0].config.liveness_type',
    });
    expect(r.findings[0]?.message).toContain('"ZOOM" or "STATIC"');
  });
  it('suggests the right check type for a typo', () => {
    const r = validateSpec({ requested_checks: [{ type: 'LIVENES', config: {} }] });
    expect(r.findings[0]?.message).toContain('Did you mean "LIVENESS"?');
  });
  it('names a missing required key', () => {
    const r = validateSpec({ requested_checks: [{ type: 'ID_DOCUMENT_FACE_MATCH', config: {} }] });
    expect(r.findings[0]).toMatchObject({
      code: 'schema.required',
      pathText: 'requested_checks[0].config.manual_check',
    });
  });
  it('rejects a fractional ttl', () => {
    expect(codes(validateSpec({ client_session_token_ttl: 900.5 }).findings)).toEqual([
      'error:schema.invalid_type@client_session_token_ttl',
    ]);
  });
  it('rejects something that is not an object', () => {
    expect(validateSpec([1]).findings[0]?.code).toBe('schema.not_an_object');
  });
});

describe('JSON text', () => {
  it('gives line and column for invalid JSON', () => {
    const r = validateSpecText('{\n  "resources_ttl": 90000,\n}');
    expect(r.findings[0]).toMatchObject({ code: 'json.syntax', line: 3, column: 1 });
    expect(r.findings[0]?.message).toContain('line 3, column 1');
  });
  it('locates an unknown key at the key itself', () => {
    const r = validateSpecText('{\n  "requested_checks": [],\n  "sdk_confg": {}\n}');
    expect(r.findings[0]).toMatchObject({ code: 'schema.unknown_key', line: 3, column: 3 });
  });
  it('flags duplicate keys', () => {
    const r = validateSpecText('{"resources_ttl": 90000, "resources_ttl": 100000}');
    expect(r.findings[0]).toMatchObject({
      code: 'json.duplicate_key',
      pathText: 'resources_ttl',
      line: 1,
      column: 26,
    });
  });
});

describe('hard rules', () => {
  it('token ttl must exceed 300 seconds', () => {
    const r = validateSpec({ ...base, client_session_token_ttl: 300 });
    expect(codes(r.findings)).toContain('error:ttl.too_short@client_session_token_ttl');
    expect(r.valid).toBe(false);
  });
  it('ttl and deadline are exclusive', () => {
    expect(
      codes(validateSpec({ ...base, session_deadline: '2030-01-01T00:00:00Z' }).findings),
    ).toContain('error:ttl.deadline_conflict@session_deadline');
  });
  it('deadline must be RFC 3339', () => {
    expect(
      codes(
        validateSpec({ requested_checks: base.requested_checks, session_deadline: '31/12/2030' })
          .findings,
      ),
    ).toContain('error:deadline.invalid@session_deadline');
  });
  it('resources_ttl must cover the token ttl plus a day, with a fix to the minimum', () => {
    const f = validateSpec({
      ...base,
      client_session_token_ttl: 1800,
      resources_ttl: 86400,
    }).findings.find((x) => x.code === 'resources_ttl.too_short');
    expect(f?.fix?.action).toEqual({ op: 'set', path: ['resources_ttl'], value: 88200 });
  });
  it('liveness retries are at least 1', () => {
    const r = validateSpec({
      requested_checks: [{ type: 'LIVENESS', config: { liveness_type: 'STATIC', max_retries: 0 } }],
    });
    expect(codes(r.findings)).toContain(
      'error:liveness.max_retries@requested_checks[0].config.max_retries',
    );
  });
  it('fuzziness is between 0 and 1 and custom accounts need a key and a client ref', () => {
    const config = {
      type: 'WITH_CUSTOM_ACCOUNT',
      api_key: '',
      client_ref: ' ',
      matching_strategy: { type: 'FUZZY', fuzziness: 1.5 },
    };
    const r = validateSpec({
      requested_checks: [{ type: 'WATCHLIST_ADVANCED_CA', config }],
      requested_tasks: [
        { type: 'ID_DOCUMENT_TEXT_DATA_EXTRACTION', config: { manual_check: 'NEVER' } },
      ],
    });
    expect(codes(r.findings).filter((c) => c.startsWith('error'))).toEqual([
      'error:ca.fuzziness_range@requested_checks[0].config.matching_strategy.fuzziness',
      'error:ca.api_key_empty@requested_checks[0].config.api_key',
      'error:ca.client_ref_empty@requested_checks[0].config.client_ref',
    ]);
  });
  it('colours are hex and URLs absolute', () => {
    const r = validateSpec({
      ...base,
      sdk_config: { primary_colour: 'blue', success_url: '/done' },
    });
    expect(codes(r.findings)).toEqual(
      expect.arrayContaining([
        'error:colour.invalid@sdk_config.primary_colour',
        'error:url.invalid@sdk_config.success_url',
      ]),
    );
  });
  it('country codes are ISO alpha-3, with a case hint', () => {
    const r = validateSpec({
      ...base,
      required_documents: [
        {
          type: 'ID_DOCUMENT',
          filter: {
            type: 'ORTHOGONAL_RESTRICTIONS',
            country_restriction: { inclusion: 'WHITELIST', country_codes: ['gbr', 'GB'] },
          },
        },
      ],
    });
    const errs = r.findings.filter((f) => f.code === 'country.invalid');
    expect(errs.map((f) => f.pathText)).toEqual([
      'required_documents[0].filter.country_restriction.country_codes[0]',
      'required_documents[0].filter.country_restriction.country_codes[1]',
    ]);
    expect(errs[0]?.message).toContain('Did you mean "GBR"?');
  });
  it('suppressed_screens may not be empty and attempts are at least 1', () => {
    const r = validateSpec({
      ...base,
      sdk_config: {
        suppressed_screens: [],
        attempts_configuration: { ID_DOCUMENT_TEXT_DATA_EXTRACTION: { GENERIC: 0 } },
      },
    });
    expect(codes(r.findings)).toEqual(
      expect.arrayContaining([
        'error:suppressed_screens.empty@sdk_config.suppressed_screens',
        'error:attempts.too_few@sdk_config.attempts_configuration.ID_DOCUMENT_TEXT_DATA_EXTRACTION.GENERIC',
      ]),
    );
  });
  it('document restrictions need entries, including inside the issuing-authority sub-check', () => {
    const filter = { type: 'DOCUMENT_RESTRICTIONS', inclusion: 'WHITELIST', documents: [] };
    const r = validateSpec({
      requested_checks: [
        {
          type: 'ID_DOCUMENT_AUTHENTICITY',
          config: { issuing_authority_sub_check: { requested: true, filter } },
        },
      ],
    });
    expect(codes(r.findings)).toContain(
      'error:filter.documents_empty@requested_checks[0].config.issuing_authority_sub_check.filter.documents',
    );
  });
  it('import token ttl is 30 to 365 days', () => {
    expect(codes(validateSpec({ ...base, import_token: { ttl: 60 } }).findings)).toContain(
      'error:import_token.ttl_range@import_token.ttl',
    );
  });
});

describe('soft rules', () => {
  it('warns that face match needs liveness, with a one-click fix', () => {
    const r = validateSpec({
      requested_checks: [{ type: 'ID_DOCUMENT_FACE_MATCH', config: { manual_check: 'NEVER' } }],
    });
    const f = r.findings.find((x) => x.code === 'dependency.face_match_needs_liveness');
    expect(f).toMatchObject({
      severity: 'warning',
      fix: { action: { op: 'addCheck', type: 'LIVENESS' } },
    });
    expect(r.valid).toBe(true);
  });
  it('warns that screening needs text extraction', () => {
    const r = validateSpec({
      requested_checks: [{ type: 'WATCHLIST_SCREENING', config: { categories: ['SANCTIONS'] } }],
    });
    expect(
      r.findings.find((x) => x.code === 'dependency.needs_text_extraction')?.fix?.action,
    ).toEqual({ op: 'addTask', type: 'ID_DOCUMENT_TEXT_DATA_EXTRACTION' });
  });
  it('warns that document comparison needs two documents', () => {
    expect(
      codes(validateSpec({ requested_checks: [{ type: 'ID_DOCUMENT_COMPARISON' }] }).findings),
    ).toContain('warning:dependency.comparison_needs_two_documents@requested_checks[0]');
  });
  it('warns about redirects, http endpoints, short ttl and costly retention', () => {
    const r = validateSpec({
      ...base,
      client_session_token_ttl: 600,
      resources_ttl: 9_000_000,
      sdk_config: { success_url: 'https://x.test/ok' },
      notifications: {
        endpoint: 'http://localhost:8080/api/notifications/yoti',
        topics: ['SESSION_COMPLETION'],
      },
    });
    expect(codes(r.findings)).toEqual(
      expect.arrayContaining([
        'warning:ttl.short@client_session_token_ttl',
        'warning:resources_ttl.cost@resources_ttl',
        'warning:sdk_config.redirect_disables_post_message@sdk_config.success_url',
        'warning:url.not_https@notifications.endpoint',
      ]),
    );
    expect(r.valid).toBe(true);
  });
  it('suggests the documented spelling of a locale', () => {
    const f = validateSpec({ ...base, sdk_config: { locale: 'en_GB' } }).findings.find(
      (x) => x.code === 'locale.unknown',
    );
    expect(f?.message).toContain('Did you mean "en-GB"?');
  });
  it('warns about PII in the tracking id', () => {
    expect(
      codes(validateSpec({ ...base, user_tracking_id: 'jane@example.com' }).findings),
    ).toContain('warning:pii.suspected@user_tracking_id');
  });
  it('lists errors before warnings', () => {
    const r = validateSpec({
      client_session_token_ttl: 100,
      requested_checks: [{ type: 'ID_DOCUMENT_FACE_MATCH', config: { manual_check: 'NEVER' } }],
    });
    expect(r.findings.map((f) => f.severity)).toEqual(
      [...r.findings.map((f) => f.severity)].sort(),
    );
  });
});
