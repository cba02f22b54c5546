/**
 * Where findings sit in the JSON text, as editor markers (1-based lines and columns). Pure: the
 * editor turns these into Monaco markers, and the tests check them without a browser.
 */
import { lineColumnOf, parseJsonText, toPointer, type Finding, type JsonPath } from '@/spec/index';

export interface TextSpan {
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
}

export interface FindingMarker extends TextSpan {
  severity: Finding['severity'];
  message: string;
  code: string;
}

type Parsed = Extract<ReturnType<typeof parseJsonText>, { ok: true }>;
type Ranges = Parsed['ranges'];
type Span = { offset: number; length: number };

const first = (offset: number): Span => ({ offset, length: 1 });

/** The longest prefix of `path` that is in the text, with its ranges. */
function nearest(ranges: Ranges, path: JsonPath) {
  for (let n = path.length; n >= 0; n--) {
    const r = ranges.get(toPointer(path.slice(0, n)));
    if (r) return { r, exact: n === path.length };
  }
  return undefined;
}

/**
 * A span worth underlining: a one-line value itself; a multi-line object or array by its key, or
 * by its opening bracket when it has none (an array item, the root), not the whole block.
 */
function anchor(text: string, r: NonNullable<ReturnType<Ranges['get']>>): Span {
  const { offset, length } = r.value;
  const newline = text.indexOf('\n', offset);
  if (newline === -1 || newline >= offset + length) return r.value;
  return r.key ?? first(offset);
}

function spanOf(text: string, json: Parsed, f: Finding): Span | undefined {
  if (f.code === 'json.duplicate_key') {
    const pointer = toPointer(f.path);
    // A key written three times has two duplicates: take the one at the finding's position.
    const dupes = json.duplicateKeys.filter((d) => d.pointer === pointer);
    const at = dupes.find((d) => {
      const lc = json.lineColumn(d.key.offset);
      return lc.line === f.line && lc.column === f.column;
    });
    const dupe = at ?? dupes[0];
    if (dupe) return dupe.key;
  }
  if (f.code === 'schema.required' && f.path.length > 0) {
    // The key is missing: point at the start of the object that should have it.
    const parent = nearest(json.ranges, f.path.slice(0, -1));
    if (parent) return first(parent.r.value.offset);
  }
  const hit = nearest(json.ranges, f.path);
  if (!hit) return undefined;
  if (hit.exact && (f.code === 'schema.unknown_key' || f.code === 'json.duplicate_key'))
    return hit.r.key ?? hit.r.value;
  if (!hit.exact) return hit.r.key ?? first(hit.r.value.offset);
  return anchor(text, hit.r);
}

/** Offset of a 1-based line and column, clamped to the text. */
function offsetAt(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', offset);
    if (nl === -1) return text.length;
    offset = nl + 1;
  }
  return Math.min(offset + column - 1, text.length);
}

/** A syntax error underlines the character it stopped at (nothing at the end of a line). */
function syntaxSpan(text: string, f: Finding, json: ReturnType<typeof parseJsonText>): Span {
  const offset =
    f.line !== undefined && f.column !== undefined
      ? offsetAt(text, f.line, f.column)
      : json.ok
        ? 0
        : json.error.offset;
  const c = text[offset];
  return { offset, length: c === undefined || c === '\n' || c === '\r' ? 0 : 1 };
}

/** Markers for the findings of `text`. Findings that cannot be placed are left out. */
export function markersFor(text: string, findings: readonly Finding[]): FindingMarker[] {
  if (findings.length === 0) return [];
  const json = parseJsonText(text);
  const lineColumn = json.ok ? json.lineColumn : lineColumnOf(text);
  const out: FindingMarker[] = [];
  for (const f of findings) {
    let span: Span | undefined;
    if (f.code === 'json.syntax') span = syntaxSpan(text, f, json);
    else if (json.ok) span = spanOf(text, json, f);
    else if (f.line !== undefined && f.column !== undefined)
      span = { offset: offsetAt(text, f.line, f.column), length: 0 };
    if (!span) continue;
    const start = lineColumn(span.offset);
    const end = lineColumn(span.offset + span.length);
    out.push({
      startLineNumber: start.line,
      startColumn: start.column,
      endLineNumber: end.line,
      endColumn: end.column,
      severity: f.severity,
      message: f.message,
      code: f.code,
    });
  }
  return out;
}

/**
 * The span to reveal for a path: the member from its key to the end of its value, or the nearest
 * enclosing value when the path is not in the text. Undefined when the text is not JSON.
 */
export function spanForPath(text: string, path: JsonPath): TextSpan | undefined {
  const json = parseJsonText(text);
  if (!json.ok) return undefined;
  const hit = nearest(json.ranges, path);
  if (!hit) return undefined;
  const { key, value } = hit.r;
  const startOffset = key ? Math.min(key.offset, value.offset) : value.offset;
  const start = json.lineColumn(startOffset);
  const end = json.lineColumn(value.offset + value.length);
  return {
    startLineNumber: start.line,
    startColumn: start.column,
    endLineNumber: end.line,
    endColumn: end.column,
  };
}
