/**
 * A small JSON parser that, unlike `JSON.parse`, reports where things are: the line and column of a
 * syntax error, the source range of every value and key (so findings can point into the text), and
 * duplicate keys (which `JSON.parse` silently resolves to the last one).
 */

export interface TextRange {
  offset: number;
  length: number;
}

export interface JsonSyntaxError {
  message: string;
  offset: number;
  line: number;
  column: number;
}

export interface ParsedJsonText {
  ok: true;
  value: unknown;
  /** Ranges keyed by JSON Pointer (`/requested_checks/0/type`); `key` is set for object members. */
  ranges: Map<string, { value: TextRange; key?: TextRange }>;
  duplicateKeys: { pointer: string; key: TextRange }[];
  lineColumn: (offset: number) => { line: number; column: number };
}

export type JsonTextResult = ParsedJsonText | { ok: false; error: JsonSyntaxError };

/** Escapes one JSON Pointer token (RFC 6901). */
export const pointerToken = (token: string | number): string =>
  String(token).replace(/~/g, '~0').replace(/\//g, '~1');

/** The JSON Pointer of a path, e.g. `['a', 0]` → `/a/0`. */
export const toPointer = (path: readonly (string | number)[]): string =>
  path.map((t) => '/' + pointerToken(t)).join('');

/** Returns a function mapping a character offset to a 1-based line and column. */
export function lineColumnOf(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
  };
}

class SyntaxFailure {
  constructor(
    readonly message: string,
    readonly offset: number,
  ) {}
}

const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

/** Far deeper than any session spec; keeps hostile input from exhausting the stack. */
const MAX_DEPTH = 200;

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** Parses JSON text; never throws. */
export function parseJsonText(text: string): JsonTextResult {
  const ranges: ParsedJsonText['ranges'] = new Map();
  const duplicateKeys: ParsedJsonText['duplicateKeys'] = [];
  let pos = 0;

  const describe = (at: number) =>
    at >= text.length ? 'end of input' : `'${text[at] === '\n' ? '\\n' : text[at]}'`;
  const fail = (expected: string, at = pos): never => {
    throw new SyntaxFailure(`Expected ${expected} but found ${describe(at)}`, at);
  };
  const skipSpace = () => {
    for (;;) {
      const c = text.charCodeAt(pos);
      if (c === 32 || c === 10 || c === 13 || c === 9) pos++;
      else return;
    }
  };

  const parseString = (): string => {
    const start = pos;
    pos++; // opening quote
    let out = '';
    let chunk = pos;
    for (;;) {
      if (pos >= text.length) throw new SyntaxFailure('Unterminated string', start);
      const c = text.charCodeAt(pos);
      if (c === 34) {
        out += text.slice(chunk, pos);
        pos++;
        return out;
      }
      if (c < 32) throw new SyntaxFailure('Control character in string: escape it (\\n, \\t)', pos);
      if (c === 92) {
        out += text.slice(chunk, pos);
        const e = text[pos + 1] ?? '';
        if (e === 'u') {
          const hex = text.slice(pos + 2, pos + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new SyntaxFailure('Invalid \\u escape', pos);
          out += String.fromCharCode(parseInt(hex, 16));
          pos += 6;
        } else if (e in ESCAPES) {
          out += ESCAPES[e];
          pos += 2;
        } else throw new SyntaxFailure(`Invalid escape '\\${e}'`, pos);
        chunk = pos;
      } else pos++;
    }
  };

  const parseValue = (path: string): unknown => {
    skipSpace();
    const start = pos;
    const value = parseBare(path);
    const prev = ranges.get(path);
    ranges.set(path, { ...prev, value: { offset: start, length: pos - start } });
    return value;
  };

  let depth = 0;
  const parseBare = (path: string): unknown => {
    const c = text[pos];
    if ((c === '{' || c === '[') && depth >= MAX_DEPTH)
      throw new SyntaxFailure(`Nesting deeper than ${MAX_DEPTH} levels`, pos);
    if (c === '{') return parseObject(path);
    if (c === '[') return parseArray(path);
    if (c === '"') return parseString();
    for (const [word, v] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (text.startsWith(word, pos)) {
        pos += word.length;
        return v;
      }
    }
    NUMBER.lastIndex = pos;
    const m = NUMBER.exec(text);
    if (m) {
      pos += m[0].length;
      return Number(m[0]);
    }
    return fail('a value (object, array, string, number, true, false or null)');
  };

  const parseObject = (path: string): Record<string, unknown> => {
    pos++;
    depth++;
    const obj: Record<string, unknown> = {};
    skipSpace();
    if (text[pos] === '}') {
      pos++;
      depth--;
      return obj;
    }
    for (;;) {
      skipSpace();
      if (text[pos] !== '"')
        fail(text[pos] === '}' ? 'a key (no trailing commas in JSON)' : 'a key in double quotes');
      const keyStart = pos;
      const key = parseString();
      const keyRange = { offset: keyStart, length: pos - keyStart };
      const child = path + '/' + pointerToken(key);
      if (Object.prototype.hasOwnProperty.call(obj, key))
        duplicateKeys.push({ pointer: child, key: keyRange });
      ranges.set(child, { key: keyRange, value: keyRange });
      skipSpace();
      if (text[pos] !== ':') fail(`':' after key "${key}"`);
      pos++;
      Object.defineProperty(obj, key, {
        value: parseValue(child),
        enumerable: true,
        writable: true,
        configurable: true,
      });
      skipSpace();
      if (text[pos] === ',') {
        pos++;
        continue;
      }
      if (text[pos] === '}') {
        pos++;
        depth--;
        return obj;
      }
      fail("',' or '}'");
    }
  };

  const parseArray = (path: string): unknown[] => {
    pos++;
    depth++;
    const arr: unknown[] = [];
    skipSpace();
    if (text[pos] === ']') {
      pos++;
      depth--;
      return arr;
    }
    for (;;) {
      skipSpace();
      if (text[pos] === ']') fail('a value (no trailing commas in JSON)');
      arr.push(parseValue(path + '/' + arr.length));
      skipSpace();
      if (text[pos] === ',') {
        pos++;
        continue;
      }
      if (text[pos] === ']') {
        pos++;
        depth--;
        return arr;
      }
      fail("',' or ']'");
    }
  };

  const lineColumn = lineColumnOf(text);
  try {
    if (text.charCodeAt(0) === 0xfeff) pos = 1;
    const value = parseValue('');
    skipSpace();
    if (pos < text.length) fail('end of input after the JSON value');
    return { ok: true, value, ranges, duplicateKeys, lineColumn };
  } catch (e) {
    if (!(e instanceof SyntaxFailure)) throw e;
    return { ok: false, error: { message: e.message, offset: e.offset, ...lineColumn(e.offset) } };
  }
}
