import { describe, expect, it } from 'vitest';
import { parseJsonText } from '../../../src/spec/json-text';

describe('parseJsonText', () => {
  it('parses what JSON.parse parses, to the same value', () => {
    const text = '{"a": [1, -2.5e3, true, false, null], "b": {"c": "x\\n\\u00e9\\"/"}, "": 0}';
    const r = parseJsonText(text);
    expect(r.ok && r.value).toEqual(JSON.parse(text));
  });

  it('reports line and column of a syntax error', () => {
    const r = parseJsonText('{\n  "a": 1,\n  "b" 2\n}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ line: 3, column: 7 });
  });

  it('names trailing commas', () => {
    const r = parseJsonText('{"a": 1,}');
    expect(!r.ok && r.error.message).toMatch(/trailing comma/);
  });

  it('reports an unterminated string at its start', () => {
    const r = parseJsonText('{"a": "abc');
    expect(!r.ok && r.error).toMatchObject({ message: 'Unterminated string', column: 7 });
  });

  it('rejects text after the value', () => {
    expect(parseJsonText('{} x').ok).toBe(false);
  });

  it('records the range of every value and key by JSON Pointer', () => {
    const text = '{"a": [10, {"b~/": "v"}]}';
    const r = parseJsonText(text);
    if (!r.ok) throw new Error('should parse');
    const v = r.ranges.get('/a/1/b~0~1');
    expect(v && text.slice(v.value.offset, v.value.offset + v.value.length)).toBe('"v"');
    expect(v?.key && text.slice(v.key.offset, v.key.offset + v.key.length)).toBe('"b~/"');
  });

  it('lists duplicate keys, keeping the last value like JSON.parse', () => {
    const r = parseJsonText('{"a": 1, "a": 2}');
    if (!r.ok) throw new Error('should parse');
    expect(r.value).toEqual({ a: 2 });
    expect(r.duplicateKeys.map((d) => d.pointer)).toEqual(['/a']);
  });

  it('keeps __proto__ as an own key instead of changing the prototype', () => {
    const r = parseJsonText('{"__proto__": {"x": 1}}');
    if (!r.ok) throw new Error('should parse');
    expect(Object.keys(r.value as object)).toEqual(['__proto__']);
    expect((r.value as { x?: number }).x).toBeUndefined();
  });

  it('refuses absurd nesting without overflowing the stack', () => {
    const r = parseJsonText('['.repeat(100_000));
    expect(!r.ok && r.error.message).toMatch(/Nesting deeper/);
  });
});
