/**
 * Export a session spec as code for the six Yoti SDKs and curl. Pure (no I/O); the UI loads it
 * with `import()`, the CLI imports it directly. Each generator names, at its top, the SDK sources
 * its method names were checked against.
 */
import type { SessionSpec } from '../spec/index';
import { coverageFor } from './coverage';
import { csharpCode } from './csharp';
import { curlCode } from './curl';
import { goCode } from './go';
import { javaCode } from './java';
import { nodeCode } from './node';
import { phpCode } from './php';
import { pythonCode } from './python';
import type { CoverageItem, GeneratedCode, Lang } from './types';

export { coverageFor };
export { LANG_IDS, type CoverageItem, type GeneratedCode, type Lang } from './types';

/** The languages in display order, with the label and the file name of each snippet. */
export const LANGS: readonly { id: Lang; label: string; filename: string }[] = [
  { id: 'node', label: 'Node.js', filename: 'create-session.js' },
  { id: 'java', label: 'Java', filename: 'CreateSession.java' },
  { id: 'php', label: 'PHP', filename: 'create-session.php' },
  { id: 'python', label: 'Python', filename: 'create_session.py' },
  { id: 'csharp', label: 'C# (.NET)', filename: 'Program.cs' },
  { id: 'go', label: 'Go', filename: 'main.go' },
  { id: 'curl', label: 'curl', filename: 'create-session.sh' },
];

const GENERATORS: Record<Lang, (spec: SessionSpec) => string> = {
  node: (s) => nodeCode(s).code,
  java: javaCode,
  php: phpCode,
  python: pythonCode,
  csharp: csharpCode,
  go: goCode,
  curl: curlCode,
};

/** A runnable snippet that creates a session for `spec`, and what it cannot send as written. */
export function generateCode(spec: SessionSpec, lang: Lang): GeneratedCode {
  const meta = LANGS.find((l) => l.id === lang);
  if (!meta) throw new Error(`generateCode: unknown language "${lang}"`);
  const dropped: CoverageItem[] = coverageFor(spec, lang);
  return { code: GENERATORS[lang](spec), dropped, filename: meta.filename };
}
