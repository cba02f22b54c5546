/**
 * The one path every import takes (file, drop, paste): size limit, then `validateSpecText`, then a
 * decision. Input with errors is never applied here; the caller asks the user first.
 */
import { validateSpecText, type Finding, type SessionSpec } from '@/spec/index';

/** The CLI refuses the same size (src/cli/validate-command.ts). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export type ImportPreparation =
  /** No errors (warnings allowed): apply at once. */
  | { kind: 'clean'; source: string; spec: SessionSpec; warnings: Finding[] }
  /** Errors: ask first. `spec` is set when the structure is valid (only rule errors). */
  | { kind: 'has-findings'; source: string; spec?: SessionSpec; findings: Finding[]; text: string }
  /** Not even looked at (too large). */
  | { kind: 'refused'; source: string; message: string };

const PASTED = 'the pasted JSON';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Why a file of this size is refused, or undefined when it is fine. Check before reading it. */
export function sizeProblem(bytes: number, fileName?: string): string | undefined {
  if (bytes <= MAX_IMPORT_BYTES) return undefined;
  const what = fileName ? `"${fileName}" is` : 'The pasted text is';
  return `${what} ${mb(bytes)}; session specs larger than 5 MB are refused.`;
}

const utf8Length = (text: string) =>
  text.length * 3 <= MAX_IMPORT_BYTES ? text.length : new TextEncoder().encode(text).length;

/** Decides what to do with imported text. Pure; never throws. */
export function prepareImport(text: string, fileName?: string): ImportPreparation {
  const source = fileName ?? PASTED;
  const tooLarge = sizeProblem(utf8Length(text), fileName);
  if (tooLarge) return { kind: 'refused', source, message: tooLarge };
  // Tolerant restore: editors on Windows save JSON with a byte-order mark, which JSON forbids.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const result = validateSpecText(body);
  if (result.spec && result.valid)
    return { kind: 'clean', source, spec: result.spec, warnings: result.findings };
  return {
    kind: 'has-findings',
    source,
    ...(result.spec ? { spec: result.spec } : {}),
    findings: result.findings,
    text: body,
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "2 errors and 1 warning" */
export function countFindings(findings: readonly Finding[]): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const parts = [
    errors > 0 ? plural(errors, 'error') : '',
    warnings > 0 ? plural(warnings, 'warning') : '',
  ];
  return parts.filter(Boolean).join(' and ') || 'no findings';
}

/** The notice after an import was applied: "Imported spec.json with 2 warnings". */
export function importedMessage(source: string, findings: readonly Finding[]): string {
  return findings.length === 0
    ? `Imported ${source}`
    : `Imported ${source} with ${countFindings(findings)}`;
}

/** One line per finding: `path: message (line 3, column 7)`; no path for the whole document. */
export function describeFinding(f: Finding): string {
  const path = f.pathText === '$' ? '' : `${f.pathText}: `;
  const located = f.line !== undefined && !f.message.includes(`line ${f.line}`);
  const col = f.column !== undefined ? `, column ${f.column}` : '';
  return `${path}${f.message}${located ? ` (line ${f.line}${col})` : ''}`;
}
