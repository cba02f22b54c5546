import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits, minimalEdit, textEdits } from '@/app/features/json-editor/text-diff';
import { serializeSpec, type SessionSpec } from '@/spec/index';

const spec = (extra: Partial<SessionSpec> = {}): SessionSpec => ({
  requested_checks: [],
  requested_tasks: [],
  required_documents: [],
  ...extra,
});

describe('minimalEdit', () => {
  it('returns null for equal texts', () => {
    expect(minimalEdit('{"a": 1}', '{"a": 1}')).toBeNull();
  });

  it('replaces only what lies between the common prefix and suffix', () => {
    expect(minimalEdit('{"a": 1, "b": 2}', '{"a": 10, "b": 2}')).toEqual({
      offset: 7,
      deleteCount: 0,
      insert: '0',
    });
  });

  it('handles pure insertions and deletions at either end', () => {
    expect(minimalEdit('abc', 'xabc')).toEqual({ offset: 0, deleteCount: 0, insert: 'x' });
    expect(minimalEdit('abc', 'abcx')).toEqual({ offset: 3, deleteCount: 0, insert: 'x' });
    expect(minimalEdit('abc', '')).toEqual({ offset: 0, deleteCount: 3, insert: '' });
  });

  it('never splits a surrogate pair', () => {
    // 😀 and 😁 share their high surrogate; the edit must replace the whole character.
    expect(minimalEdit('"😀"', '"😁"')).toEqual({ offset: 1, deleteCount: 2, insert: '😁' });
  });
});

describe('textEdits', () => {
  it('returns no edits for equal texts', () => {
    expect(textEdits('{}', '{}')).toEqual([]);
  });

  it('leaves lines that only moved untouched: one insertion and one deletion', () => {
    const before = '{\n  "b": 1,\n  "c": 2,\n  "a": 0\n}';
    const after = '{\n  "a": 0,\n  "b": 1,\n  "c": 2\n}';
    const edits = textEdits(before, after);
    expect(applyEdits(before, edits)).toBe(after);
    // Line 2 (`"b": 1,`) is not inside any edit, so a cursor on it stays.
    const line2 = before.indexOf('"b"');
    expect(edits.every((e) => e.offset + e.deleteCount <= line2 || e.offset > line2 + 7)).toBe(
      true,
    );
  });

  it('narrows a form edit to the characters that changed', () => {
    const before = serializeSpec(spec({ client_session_token_ttl: 900 }));
    const after = serializeSpec(spec({ client_session_token_ttl: 1200 }));
    expect(textEdits(before, after)).toEqual([
      { offset: before.indexOf('900'), deleteCount: 1, insert: '12' },
    ]);
  });

  it('gives one edit per separate change, in order and without overlap', () => {
    const before = serializeSpec(spec());
    const after = serializeSpec(
      spec({ client_session_token_ttl: 900, block_biometric_consent: true }),
    );
    const edits = textEdits(before, after);
    expect(edits.length).toBeGreaterThan(1);
    for (let i = 1; i < edits.length; i++) {
      const prev = edits[i - 1]!;
      expect(edits[i]!.offset).toBeGreaterThan(prev.offset + prev.deleteCount);
    }
    expect(applyEdits(before, edits)).toBe(after);
  });

  it('turns any text into any other', () => {
    const pieces = fc.constantFrom('{', '}', '\n', '  "a": 1,', '"b"', ' ', '😀', 'x', '\r\n');
    const text = fc.array(pieces, { maxLength: 30 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const edits = textEdits(before, after);
        expect(applyEdits(before, edits)).toBe(after);
        for (let i = 1; i < edits.length; i++) {
          const prev = edits[i - 1]!;
          expect(edits[i]!.offset).toBeGreaterThan(prev.offset + prev.deleteCount);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('falls back to one edit for very different long texts', () => {
    const before = Array.from({ length: 600 }, (_, i) => `a${i}`).join('\n');
    const after = Array.from({ length: 600 }, (_, i) => `b${i}`).join('\n');
    const edits = textEdits(before, after);
    expect(edits).toHaveLength(1);
    expect(applyEdits(before, edits)).toBe(after);
  });
});
