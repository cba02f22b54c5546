import { describe, expect, it } from 'vitest';
import { markersFor, spanForPath } from '@/app/features/json-editor/markers';
import { serializeSpec, validateSpec, validateSpecText, type Finding } from '@/spec/index';

/** The text a marker covers. */
function covered(text: string, m: ReturnType<typeof markersFor>[number]): string {
  const lines = text.split('\n');
  if (m.startLineNumber !== m.endLineNumber) throw new Error('multi-line marker');
  return (lines[m.startLineNumber - 1] ?? '').slice(m.startColumn - 1, m.endColumn - 1);
}

const only = (text: string) => {
  const markers = markersFor(text, validateSpecText(text).findings);
  expect(markers).toHaveLength(1);
  return markers[0]!;
};

describe('markersFor', () => {
  it('is empty without findings', () => {
    expect(markersFor('{}', [])).toEqual([]);
  });

  it('underlines the key of an unknown key', () => {
    const text =
      '{\n  "requested_check": [],\n  "requested_checks": [],\n  "requested_tasks": [],\n  "required_documents": []\n}';
    const m = only(text);
    expect(m).toMatchObject({ code: 'schema.unknown_key', severity: 'error', startLineNumber: 2 });
    expect(covered(text, m)).toBe('"requested_check"');
    expect(m.message).toMatch(/Did you mean "requested_checks"/);
  });

  it('underlines a wrong value itself', () => {
    const text =
      '{\n  "requested_checks": [{"type": "ID_DOCUMENT_AUTHENTICITY", "config": {"manual_check": "SOMETIMES"}}],\n  "requested_tasks": [],\n  "required_documents": []\n}';
    const m = only(text);
    expect(m.code).toBe('schema.invalid_enum');
    expect(covered(text, m)).toBe('"SOMETIMES"');
  });

  it('points at the start of the object a required key is missing from', () => {
    const text = '{\n  "requested_checks": [\n    {"config": {}}\n  ]\n}';
    const m = only(text);
    expect(m).toMatchObject({ code: 'schema.required', startLineNumber: 3, startColumn: 5 });
    expect(covered(text, m)).toBe('{');
  });

  it('underlines the second of two duplicate keys', () => {
    const text =
      '{\n  "requested_checks": [],\n  "requested_checks": [],\n  "requested_tasks": []\n}';
    const markers = markersFor(text, validateSpecText(text).findings);
    const dup = markers.find((m) => m.code === 'json.duplicate_key');
    expect(dup).toMatchObject({ startLineNumber: 3, startColumn: 3 });
    expect(covered(text, dup!)).toBe('"requested_checks"');
  });

  it('places a syntax error at its line and column', () => {
    const text = '{\n  "requested_checks": [] \n  "requested_tasks": []\n}';
    const m = only(text);
    expect(m).toMatchObject({ code: 'json.syntax', startLineNumber: 3, startColumn: 3 });
    expect(covered(text, m)).toBe('"');
  });

  it('gives an empty span for a syntax error at the end of the text', () => {
    const text = '{\n  "a": 1';
    expect(only(text)).toMatchObject({ startLineNumber: 2, startColumn: 9, endColumn: 9 });
  });

  it('locates findings without line numbers, as after a form edit', () => {
    const spec = validateSpec({
      requested_checks: [],
      requested_tasks: [],
      required_documents: [],
      block_biometric_consent: true,
    }).spec!;
    const text = serializeSpec(spec);
    const findings = validateSpec(spec).findings;
    const consent = findings.find((f) => f.code === 'consent.blocked');
    expect(consent?.line).toBeUndefined();
    const m = markersFor(text, [consent!])[0]!;
    expect(m.severity).toBe('warning');
    expect(covered(text, m)).toBe('true');
  });

  it('marks a multi-line object by its key, and an array item by its bracket', () => {
    const text =
      '{\n  "sdk_config": {\n    "primary_colour": "#000"\n  },\n  "requested_checks": [\n    {\n      "type": "LIVENESS"\n    }\n  ]\n}';
    const f = (path: Finding['path']): Finding => ({
      code: 'test',
      severity: 'warning',
      path,
      pathText: '',
      message: 'm',
    });
    const [obj, item] = markersFor(text, [f(['sdk_config']), f(['requested_checks', 0])]);
    expect(covered(text, obj!)).toBe('"sdk_config"');
    expect(item).toMatchObject({ startLineNumber: 6, startColumn: 5, endColumn: 6 });
  });

  it('falls back to the nearest enclosing value for a path not in the text', () => {
    const text = '{\n  "sdk_config": {}\n}';
    const m = markersFor(text, [
      { code: 'x', severity: 'error', path: ['sdk_config', 'locale'], pathText: '', message: 'm' },
    ])[0]!;
    expect(covered(text, m)).toBe('"sdk_config"');
  });
});

describe('spanForPath', () => {
  const text = '{\n  "sdk_config": {\n    "locale": "en"\n  }\n}';

  it('spans a member from its key to the end of its value', () => {
    expect(spanForPath(text, ['sdk_config', 'locale'])).toEqual({
      startLineNumber: 3,
      startColumn: 5,
      endLineNumber: 3,
      endColumn: 19,
    });
  });

  it('spans the nearest enclosing value when the path is missing', () => {
    expect(spanForPath(text, ['sdk_config', 'nope'])).toMatchObject({
      startLineNumber: 2,
      endLineNumber: 4,
    });
  });

  it('is undefined for text that is not JSON', () => {
    expect(spanForPath('{', ['a'])).toBeUndefined();
  });
});
