/**
 * The smallest changes between two texts, so an update from outside the editor (a form edit, undo,
 * an import) leaves the user's cursor, selection and scroll position where they were.
 */

/** Replace `deleteCount` characters at `offset` (in the old text) with `insert`. */
export interface TextEdit {
  offset: number;
  deleteCount: number;
  insert: string;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * One replacement turning `before` into `after`: everything between the common prefix and suffix.
 * Null when the texts are equal. Never splits a surrogate pair.
 */
export function minimalEdit(before: string, after: string): TextEdit | null {
  if (before === after) return null;
  const shorter = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  if (prefix > 0 && isHighSurrogate(before.charCodeAt(prefix - 1))) prefix--;
  let suffix = 0;
  while (
    suffix < shorter - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  )
    suffix++;
  if (suffix > 0 && isLowSurrogate(before.charCodeAt(before.length - suffix))) suffix--;
  return {
    offset: prefix,
    deleteCount: before.length - prefix - suffix,
    insert: after.slice(prefix, after.length - suffix),
  };
}

/** Lines with their line feed, so joining them gives the text back. */
function splitLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
    lines.push(text.slice(start, nl + 1));
    start = nl + 1;
  }
  if (start < text.length) lines.push(text.slice(start));
  return lines;
}

/** A run of changed lines: `a[aStart, aEnd)` becomes `b[bStart, bEnd)`. */
interface Hunk {
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
}

/** Beyond this many changed lines, one edit serves as well as many and is cheaper to find. */
const MAX_LINE_CHANGES = 500;

/** Myers' diff over lines, as runs of changes; null when there are too many changes. */
function lineHunks(a: readonly string[], b: readonly string[]): Hunk[] | null {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, MAX_LINE_CHANGES);
  const off = max + 1;
  const at = (v: Int32Array, k: number) => v[off + k] ?? 0;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let end = -1;
  for (let d = 0; d <= max && end < 0; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && at(v, k - 1) < at(v, k + 1));
      let x = down ? at(v, k + 1) : at(v, k - 1) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[off + k] = x;
      if (x >= n && y >= m) {
        end = d;
        break;
      }
    }
  }
  if (end < 0) return null;

  // Walk back from the end: '=' kept, '-' a line of a removed, '+' a line of b inserted.
  const ops: ('=' | '-' | '+')[] = [];
  let x = n;
  let y = m;
  for (let d = end; d > 0; d--) {
    const t = trace[d] as Int32Array;
    const k = x - y;
    const down = k === -d || (k !== d && at(t, k - 1) < at(t, k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(t, prevK);
    const afterMove = down ? prevX : prevX + 1;
    for (; x > afterMove; x--) ops.push('=');
    ops.push(down ? '+' : '-');
    x = prevX;
    y = prevX - prevK;
  }
  for (; x > 0; x--) ops.push('=');
  ops.reverse();

  const hunks: Hunk[] = [];
  let current: Hunk | undefined;
  let i = 0;
  let j = 0;
  for (const op of ops) {
    if (op === '=') {
      current = undefined;
      i++;
      j++;
      continue;
    }
    if (!current) hunks.push((current = { aStart: i, aEnd: i, bStart: j, bEnd: j }));
    if (op === '-') current.aEnd = ++i;
    else current.bEnd = ++j;
  }
  return hunks;
}

const startsOf = (lines: readonly string[]): number[] => {
  const starts = [0];
  for (const line of lines) starts.push((starts[starts.length - 1] ?? 0) + line.length);
  return starts;
};

/**
 * The edits turning `before` into `after`, in ascending order and never overlapping (offsets are in
 * `before`): a line diff, each changed run narrowed to the characters that differ. Lines that only
 * moved elsewhere stay untouched, so a cursor on them stays too. Empty when the texts are equal.
 */
export function textEdits(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  const a = splitLines(before);
  const b = splitLines(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail++;
  const hunks = lineHunks(a.slice(head, a.length - tail), b.slice(head, b.length - tail));
  if (!hunks) {
    const edit = minimalEdit(before, after);
    return edit ? [edit] : [];
  }
  const aStarts = startsOf(a);
  const bStarts = startsOf(b);
  const edits: TextEdit[] = [];
  for (const h of hunks) {
    const from = aStarts[head + h.aStart] ?? 0;
    const removed = before.slice(from, aStarts[head + h.aEnd]);
    const added = after.slice(bStarts[head + h.bStart], bStarts[head + h.bEnd]);
    const edit = minimalEdit(removed, added);
    if (edit) edits.push({ ...edit, offset: from + edit.offset });
  }
  return edits;
}

/** Applies edits from `textEdits` to a string: what the editor's model does with them. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (let i = edits.length - 1; i >= 0; i--) {
    const e = edits[i] as TextEdit;
    out = out.slice(0, e.offset) + e.insert + out.slice(e.offset + e.deleteCount);
  }
  return out;
}
