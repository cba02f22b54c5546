/** Findings: what the validator reports, in a shape the UI, the server and the CLI all use. */

export type JsonPath = (string | number)[];
export type Severity = 'error' | 'warning';

/** A one-click fix, as data so it survives JSON (see `applyFix` in edits). */
export type FixAction =
  | {
      op: 'addTask';
      type: 'ID_DOCUMENT_TEXT_DATA_EXTRACTION' | 'SUPPLEMENTARY_DOCUMENT_TEXT_DATA_EXTRACTION';
    }
  | { op: 'addCheck'; type: 'LIVENESS' }
  | { op: 'set'; path: JsonPath; value: unknown }
  | { op: 'remove'; path: JsonPath };

export interface Finding {
  /** Stable identifier, e.g. `schema.unknown_key` or `ttl.too_short`. */
  code: string;
  severity: Severity;
  path: JsonPath;
  /** `path` written as `requested_checks[0].config.manual_check` (`$` for the whole document). */
  pathText: string;
  /** Plain English: what is wrong and how to fix it. */
  message: string;
  /** Set when the finding came from JSON text: where in the text, 1-based. */
  line?: number;
  column?: number;
  fix?: { label: string; action: FixAction };
}

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Formats a path as `a.b[0].c`; keys that are not identifiers are quoted: `tags["my tag"]`. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (IDENT.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out || '$';
}

/** Builds a finding, filling in `pathText`. */
export function finding(
  severity: Severity,
  code: string,
  path: JsonPath,
  message: string,
  fix?: Finding['fix'],
): Finding {
  return { code, severity, path, pathText: formatPath(path), message, ...(fix ? { fix } : {}) };
}

export const hasErrors = (findings: readonly Finding[]): boolean =>
  findings.some((f) => f.severity === 'error');

/** Levenshtein distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j] ?? 0;
      row[j] = Math.min(up + 1, (row[j - 1] ?? 0) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return row[b.length] ?? 0;
}

/** The closest candidate when it is close enough to be a likely typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const d = editDistance(w, c.toLowerCase());
    if (d < bestScore) {
      best = c;
      bestScore = d;
    }
  }
  const limit = Math.max(2, Math.floor(word.length / 3));
  return best !== undefined && bestScore <= limit ? best : undefined;
}

/** `"A", "B" or "C"` */
export function listOf(values: readonly unknown[]): string {
  const q = values.map((v) => JSON.stringify(v));
  return q.length <= 1 ? q.join('') : `${q.slice(0, -1).join(', ')} or ${q[q.length - 1]}`;
}
