import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  MAX_IMPORT_BYTES,
  countFindings,
  describeFinding,
  importedMessage,
  prepareImport,
  sizeProblem,
} from '../../../src/app/features/io/prepare-import';
import { finding, serializeSpec } from '../../../src/spec/index';

const SAMPLES = path.resolve(import.meta.dirname, '../../../../shared/reference/samples');
const sample = (name: string) => readFileSync(path.join(SAMPLES, name), 'utf8');

describe('prepareImport', () => {
  it('accepts a valid spec at once, with its warnings', () => {
    const text = sample('02-full-featured-kyc.json');
    const r = prepareImport(text, 'kyc.json');
    expect(r.kind).toBe('clean');
    if (r.kind !== 'clean') return;
    expect(r.source).toBe('kyc.json');
    expect(serializeSpec(r.spec)).toBe(text.trimEnd());
    expect(r.warnings.map((f) => f.code)).toEqual(['sdk_config.redirect_disables_post_message']);
  });

  it('restores tolerantly: missing arrays are filled in', () => {
    const r = prepareImport('{"requested_checks":[{"type":"ID_DOCUMENT_AUTHENTICITY"}]}');
    expect(r).toMatchObject({
      kind: 'clean',
      source: 'the pasted JSON',
      spec: {
        requested_checks: [{ type: 'ID_DOCUMENT_AUTHENTICITY', config: {} }],
        requested_tasks: [],
        required_documents: [],
      },
    });
  });

  it('ignores a byte-order mark', () => {
    expect(
      prepareImport(
        '\uFEFF{"requested_checks":[{"type":"LIVENESS","config":{"liveness_type":"STATIC"}}]}',
      ).kind,
    ).toBe('clean');
  });

  it('holds back a spec whose structure is valid but has rule errors, keeping the parsed spec', () => {
    const text =
      '{"client_session_token_ttl": 60, "requested_checks": [{"type": "ID_DOCUMENT_AUTHENTICITY"}]}';
    const r = prepareImport(text, 'short.json');
    expect(r.kind).toBe('has-findings');
    if (r.kind !== 'has-findings') return;
    expect(r.spec?.client_session_token_ttl).toBe(60);
    expect(r.text).toBe(text);
    expect(r.findings[0]).toMatchObject({ code: 'ttl.too_short', line: 1, column: 30 });
  });

  it('holds back a spec with structural errors without a spec, keeping the text for the editor', () => {
    const text = '{\n  "requested_check": []\n}';
    const r = prepareImport(text, 'typo.json');
    expect(r).toMatchObject({ kind: 'has-findings', text });
    if (r.kind !== 'has-findings') return;
    expect(r.spec).toBeUndefined();
    expect(r.findings[0]).toMatchObject({ code: 'schema.unknown_key', line: 2, column: 3 });
  });

  it('reports a non-JSON file with line and column', () => {
    const r = prepareImport('name,age\nada,36\n', 'people.csv');
    expect(r.kind).toBe('has-findings');
    if (r.kind !== 'has-findings') return;
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ code: 'json.syntax', line: 1, column: 1 });
    expect(r.findings[0]?.message).toMatch(/^Invalid JSON at line 1, column 1/);
  });

  it('refuses text over 5 MB without parsing it', () => {
    const big = `{"user_tracking_id": "${'x'.repeat(MAX_IMPORT_BYTES)}"}`;
    expect(prepareImport(big, 'big.json')).toEqual({
      kind: 'refused',
      source: 'big.json',
      message: '"big.json" is 5.0 MB; session specs larger than 5 MB are refused.',
    });
  });

  it('counts bytes, not characters, against the limit', () => {
    const euros = `{"user_tracking_id": "${'€'.repeat(Math.ceil(MAX_IMPORT_BYTES / 3) + 10)}"}`;
    expect(prepareImport(euros).kind).toBe('refused');
  });
});

describe('sizeProblem', () => {
  it('allows exactly 5 MB and refuses one byte more', () => {
    expect(sizeProblem(MAX_IMPORT_BYTES, 'a.json')).toBeUndefined();
    expect(sizeProblem(MAX_IMPORT_BYTES + 1, 'a.json')).toMatch(/larger than 5 MB are refused/);
  });
  it('names pasted text when there is no file', () => {
    expect(sizeProblem(6 * 1024 * 1024)).toBe(
      'The pasted text is 6.0 MB; session specs larger than 5 MB are refused.',
    );
  });
});

describe('messages', () => {
  const err = finding('error', 'x', ['a'], 'Bad.');
  const warn = finding('warning', 'y', ['b', 0], 'Hmm.');

  it('counts errors and warnings', () => {
    expect(countFindings([err, warn, warn])).toBe('1 error and 2 warnings');
    expect(countFindings([err, err])).toBe('2 errors');
    expect(countFindings([warn])).toBe('1 warning');
  });
  it('says what was imported and with how many warnings', () => {
    expect(importedMessage('spec.json', [])).toBe('Imported spec.json');
    expect(importedMessage('spec.json', [warn, warn])).toBe('Imported spec.json with 2 warnings');
  });
  it('describes a finding as path: message (line, column)', () => {
    expect(describeFinding({ ...warn, line: 3, column: 7 })).toBe('b[0]: Hmm. (line 3, column 7)');
    expect(describeFinding(err)).toBe('a: Bad.');
  });
  it('does not repeat a position the message already gives, nor the root path', () => {
    const r = prepareImport('{', 'x.json');
    if (r.kind !== 'has-findings') throw new Error('expected findings');
    expect(describeFinding(r.findings[0]!)).toBe(r.findings[0]!.message);
  });
});
