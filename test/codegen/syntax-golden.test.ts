/**
 * Every snippet passes its language's own syntax check (python3 -m py_compile, php -l, gofmt -l),
 * and the snippets of the samples and extras equal the golden files in test/fixtures/codegen/
 * (checked by hand against each SDK's builder sources). `UPDATE_GOLDEN=1` rewrites them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCode, LANGS } from '../../src/codegen/index';
import { extras, parity, samples, slug } from './specs';

const GOLDEN = path.resolve(import.meta.dirname, '../fixtures/codegen');
const ALL = [...samples(), ...parity(), ...extras()];
const dir = mkdtempSync(path.join(tmpdir(), 'idv-syntax-'));

const CHECKERS: { lang: 'python' | 'php' | 'go'; check: (files: string[]) => void }[] = [
  { lang: 'python', check: (files) => execFileSync('python3', ['-m', 'py_compile', ...files]) },
  {
    lang: 'php',
    check: (files) => files.forEach((f) => execFileSync('php', ['-l', f], { stdio: 'pipe' })),
  },
  {
    lang: 'go',
    check: (files) =>
      expect(execFileSync('gofmt', ['-l', ...files], { encoding: 'utf8' })).toBe(''),
  },
];

describe.each(CHECKERS)('$lang syntax', ({ lang, check }) => {
  it(`accepts the snippets of all ${ALL.length} specs`, () => {
    const files = ALL.map((s, i) => {
      const { code, filename } = generateCode(s.spec, lang);
      const file = path.join(dir, `${lang}-${i}-${filename}`);
      writeFileSync(file, code);
      return file;
    });
    expect(() => check(files)).not.toThrow();
  }, 60_000);
});

describe.each([...samples(), ...extras()].map((s) => [s.name, s] as const))(
  'golden %s',
  (name, { spec }) => {
    it.each(LANGS.map((l) => [l.id] as const))('%s', (lang) => {
      const { code, filename } = generateCode(spec, lang);
      // `.golden`: Prettier and linters leave the generated code exactly as generated.
      const file = path.join(GOLDEN, slug(name), `${filename}.golden`);
      if (process.env.UPDATE_GOLDEN === '1') {
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, code);
      }
      expect(existsSync(file), `missing ${file}: run with UPDATE_GOLDEN=1`).toBe(true);
      expect(code).toBe(readFileSync(file, 'utf8'));
    });
  },
);
