import { describe, expect, it } from 'vitest';
import { summarizeSpec } from '../../../src/app/features/templates/summary';
import { TEMPLATES } from '../../../src/app/features/templates/templates';
import { emptySpec, serializeSpec, validateSpec } from '../../../src/spec/index';

const codes = (spec: unknown) =>
  validateSpec(spec).findings.map((f) => `${f.severity}:${f.code}@${f.pathText}`);

/** Every finding each template has. A change here is a change to what users start from. */
const EXPECTED_FINDINGS: Record<string, string[]> = {
  'minimal-document-check': [],
  'full-kyc': [],
  'proof-of-address': [],
  'aml-screening': [],
  'uk-dbs-identity-profile': [],
  'face-comparison': [],
};

describe('templates', () => {
  it('are the six flows of the gallery, with unique ids and names', () => {
    expect(TEMPLATES.map((t) => t.id)).toEqual(Object.keys(EXPECTED_FINDINGS));
    expect(new Set(TEMPLATES.map((t) => t.name)).size).toBe(TEMPLATES.length);
  });

  for (const t of TEMPLATES) {
    describe(t.name, () => {
      it('has exactly the expected findings (no errors)', () => {
        expect(codes(t.spec)).toEqual(EXPECTED_FINDINGS[t.id]);
        expect(validateSpec(t.spec).valid).toBe(true);
      });
      it('is written in canonical form: its JSON equals serializeSpec of itself', () => {
        expect(JSON.stringify(t.spec, null, 2)).toBe(serializeSpec(t.spec));
      });
      it('has a one-line description', () => {
        expect(t.description).not.toMatch(/\n/);
        expect(t.description.length).toBeGreaterThan(20);
        expect(t.description.length).toBeLessThanOrEqual(120);
      });
      it('holds no real-looking secret', () => {
        const token = t.spec.notifications?.auth_token;
        if (token !== undefined) expect(token).toMatch(/^REPLACE_WITH_/);
        expect(serializeSpec(t.spec)).not.toMatch(/"api_key"/);
      });
    });
  }

  it('AML screening uses standard watchlist screening with the text extraction it needs', () => {
    const spec = byIdSpec('aml-screening');
    expect(spec.requested_checks.map((c) => c.type)).toContain('WATCHLIST_SCREENING');
    expect(spec.requested_tasks.map((t) => t.type)).toContain('ID_DOCUMENT_TEXT_DATA_EXTRACTION');
    expect(TEMPLATES.find((t) => t.id === 'aml-screening')?.description).toMatch(
      /standard watchlist/i,
    );
  });

  it('the identity profile is UK_TFIDA with a subject and no explicit checks', () => {
    const spec = byIdSpec('uk-dbs-identity-profile');
    expect(spec.identity_profile_requirements?.trust_framework).toBe('UK_TFIDA');
    expect(spec.subject?.subject_id).toBeTruthy();
    expect(spec.requested_checks).toEqual([]);
  });

  it('face comparison pairs FACE_COMPARISON (NEVER) with STATIC liveness and no ID document', () => {
    const spec = byIdSpec('face-comparison');
    expect(spec.requested_checks).toEqual([
      { type: 'LIVENESS', config: { max_retries: 3, liveness_type: 'STATIC' } },
      { type: 'FACE_COMPARISON', config: { manual_check: 'NEVER' } },
    ]);
    expect(spec.required_documents).toEqual([]);
  });
});

describe('summarizeSpec', () => {
  it('counts checks, tasks and documents', () => {
    expect(summarizeSpec(byIdSpec('full-kyc'))).toBe('4 checks · 1 task · 1 document');
    expect(summarizeSpec(byIdSpec('proof-of-address'))).toBe('2 checks · 2 tasks · 3 documents');
  });
  it('names the identity profile', () => {
    expect(summarizeSpec(byIdSpec('uk-dbs-identity-profile'))).toBe(
      'UK_TFIDA DBS STANDARD identity profile',
    );
  });
  it('says when nothing is requested', () => {
    expect(summarizeSpec(emptySpec())).toBe('Nothing requested yet');
  });
});

function byIdSpec(id: string) {
  const t = TEMPLATES.find((x) => x.id === id);
  if (!t) throw new Error(`no template ${id}`);
  return t.spec;
}
