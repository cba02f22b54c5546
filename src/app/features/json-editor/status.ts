/** The one-line summary under the editor. */
import type { Finding } from '@/spec/index';
import type { TextOrigin } from '@/app/store/spec-slice';

const KEEPS = 'the form keeps the last valid spec';
const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "Valid JSON — 1 error, 2 warnings", or "Invalid JSON: line 3, column 5: … — the form keeps …". */
export function statusLine(findings: readonly Finding[], textOrigin: TextOrigin): string {
  const syntax = findings.find((f) => f.code === 'json.syntax');
  if (syntax) {
    const detail = /^Invalid JSON at (.*?)\.?$/s.exec(syntax.message)?.[1] ?? syntax.message;
    return `Invalid JSON: ${detail} — ${KEEPS}`;
  }
  const errors = findings.filter((f) => f.severity === 'error').length;
  const summary = `Valid JSON — ${count(errors, 'error')}, ${count(findings.length - errors, 'warning')}`;
  return textOrigin === 'typed-invalid' ? `${summary} — ${KEEPS}` : summary;
}
