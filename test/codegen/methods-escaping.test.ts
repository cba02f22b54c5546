/**
 * Java and C# cannot be compiled here, so every builder method they emit must appear in the
 * reference's §12 tables for that language; strings survive each language's escaping.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { coverageFor, generateCode } from '../../src/codegen/index';
import { goString, javaString, jsString, phpString, pyString } from '../../src/codegen/literals';
import { extras, parity, samples, TRICKY } from './specs';

const REFERENCE = readFileSync(
  path.resolve(import.meta.dirname, '../../../shared/reference/yoti-idv-spec.md'),
  'utf8',
);

/**
 * Identifiers in the §12 table cells of one column (by header name), as tests: `X*` is a prefix,
 * `…Suffix` a suffix, and `A… B` any name with A's and B's common prefix.
 */
function section12Names(column: string): (name: string) => boolean {
  const text = REFERENCE.slice(REFERENCE.indexOf('## 12.'), REFERENCE.indexOf('## 13.'));
  const names = new Set<string>();
  const prefixes: string[] = [];
  const suffixes: string[] = [];
  let index = -1;
  for (const line of text.split('\n')) {
    if (!line.startsWith('|')) {
      index = -1;
      continue;
    }
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    if (cells[0] === 'JSON' || cells[0] === 'type')
      index = cells.findIndex((c) => c.startsWith(column));
    const cell = index >= 0 ? cells[index] : undefined;
    // "same", "same names": as the Node column (the first after the JSON key).
    const same = cell && /\bsame\b/.test(cell) ? cells[1] : undefined;
    for (const c of [cell, same]) {
      for (const m of (c ?? '').matchAll(/[A-Za-z_]\w*/g)) names.add(m[0]);
      for (const m of (c ?? '').matchAll(/(\w+)\*/g)) prefixes.push(m[1]!);
      for (const m of (c ?? '').matchAll(/…\s*`?\.?(\w+)/g)) suffixes.push(m[1]!);
      for (const m of (c ?? '').matchAll(/(\w+)\(\)`?…\s*`?(\w+)/g))
        prefixes.push(commonPrefix(m[1]!, m[2]!));
    }
  }
  return (name) =>
    names.has(name) ||
    prefixes.some((p) => p.length > 2 && name.startsWith(p)) ||
    suffixes.some((x) => name.endsWith(x));
}

const commonPrefix = (a: string, b: string) => {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(0, i);
};

const ALL = [...samples(), ...parity(), ...extras()];
/** Client and result calls (Yoti's docs examples), and names read in the SDK sources (java.ts header). */
const CLIENT_CALLS: Record<string, string[]> = {
  java: [
    'withClientSdkId',
    'withKeyPairSource',
    'fromFile',
    'getenv',
    'println',
    'createSession',
    'getSessionId',
    'getClientSessionToken',
    'asList',
    'of',
    'ofEntries',
    'entry',
    'parse',
    'builder',
    'build',
    'withCurrency',
    // RequestedWatchlistAdvancedCaConfig.java / RequestedCustomAccountWatchlistAdvancedCaConfig.java
    'withRemoveDeceased',
    'withShareUrl',
    'withSources',
    'withMatchingStrategy',
    'withApiKey',
    'withMonitoring',
    'withTags',
    'withClientRef',
  ],
  csharp: [
    'GetEnvironmentVariable',
    'OpenText',
    'LoadRsaKey',
    'CreateSession',
    'WriteLine',
    'Parse',
    'Build',
  ],
};

describe.each([
  ['java', 'Java'],
  ['csharp', 'C#'],
] as const)('%s builder methods', (lang, column) => {
  it('all appear in the reference §12 tables', () => {
    const inTable = section12Names(column);
    const known = (m: string) => inTable(m) || CLIENT_CALLS[lang]!.includes(m);
    const emitted = new Set(
      ALL.flatMap((s) =>
        [...generateCode(s.spec, lang).code.matchAll(/\.(\w+)\(/g)].map((m) => m[1]!),
      ),
    );
    expect([...emitted].filter((m) => !known(m))).toEqual([]);
    expect(emitted.size).toBeGreaterThan(40);
  });
});

describe('string escaping', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'idv-escape-'));
  const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });

  it('JavaScript', () =>
    expect(run('node', ['-e', `process.stdout.write(${jsString(TRICKY)})`])).toBe(TRICKY));
  it('Python', () =>
    expect(run('python3', ['-c', `import sys; sys.stdout.write(${pyString(TRICKY)})`])).toBe(
      TRICKY,
    ));
  it('PHP', () => expect(run('php', ['-r', `echo ${phpString(TRICKY)};`])).toBe(TRICKY));
  it('PHP, single-quoted without control characters', () =>
    expect(run('php', ['-r', `echo ${phpString("a\\b'c $d ü")};`])).toBe("a\\b'c $d ü"));
  it('Go', () => {
    const file = path.join(dir, 'main.go');
    writeFileSync(
      file,
      `package main\n\nimport "os"\n\nfunc main() { os.Stdout.WriteString(${goString(TRICKY)}) }\n`,
    );
    expect(run('go', ['run', file])).toBe(TRICKY);
  }, 120_000);
  it('Java', () => {
    writeFileSync(
      path.join(dir, 'Print.java'),
      `public class Print { public static void main(String[] a) throws Exception { System.out.write(${javaString(TRICKY)}.getBytes("UTF-8")); } }`,
    );
    execFileSync('javac', ['-d', dir, path.join(dir, 'Print.java')]);
    expect(run('java', ['-cp', dir, 'Print'])).toBe(TRICKY);
  }, 120_000);

  it.each(['node', 'java', 'php', 'python', 'csharp', 'go', 'curl'] as const)(
    '%s snippet carries the tracking ID',
    (lang) => {
      const spec = extras()[0]!.spec;
      const code = generateCode(spec, lang).code;
      const literal = {
        node: jsString,
        java: javaString,
        php: phpString,
        python: pyString,
        go: goString,
        csharp: null,
        curl: null,
      }[lang];
      if (literal) expect(code).toContain(literal(TRICKY));
      else if (lang === 'curl') expect(code).toContain(JSON.stringify(TRICKY));
      else expect(code).toContain('\\u6D4B\\u8BD5');
    },
  );
});

describe('coverageFor', () => {
  const sample = (n: string) => samples().find((s) => s.name.startsWith(n))!.spec;

  it('lists what Python cannot send of the DBS sample', () => {
    expect(coverageFor(sample('07'), 'python').map((g) => [g.path, g.kind])).toEqual([
      ['identity_profile_requirements', 'dropped'],
      ['subject', 'dropped'],
    ]);
  });

  it('sends dark mode as raw JSON in Node and drops it in .NET', () => {
    expect(coverageFor(sample('02'), 'node').map((g) => [g.path, g.kind])).toEqual([
      ['sdk_config.dark_mode', 'raw'],
      ['sdk_config.primary_colour_dark_mode', 'raw'],
    ]);
    expect(coverageFor(sample('02'), 'csharp').map((g) => g.path)).toContain(
      'sdk_config.dark_mode',
    );
  });

  it('reports nothing for curl, and the Node defaults as changed', () => {
    expect(coverageFor(extras()[0]!.spec, 'curl')).toEqual([]);
    const liveness = {
      requested_checks: [{ type: 'LIVENESS', config: { liveness_type: 'ZOOM' } }],
      requested_tasks: [],
      required_documents: [],
    };
    expect(coverageFor(liveness as never, 'node')).toMatchObject([
      { path: 'requested_checks[0]', kind: 'changed' },
    ]);
  });
});

describe('src/codegen purity', () => {
  it('imports only zod, src/spec and itself', () => {
    const root = path.resolve(import.meta.dirname, '../../src/codegen');
    const bad = readdirSync(root).flatMap((f) =>
      [...readFileSync(path.join(root, f), 'utf8').matchAll(/from '([^']+)'/g)]
        .map((m) => m[1]!)
        .filter((s) => !/^(zod$|\.\/|\.\.\/spec\/)/.test(s))
        .map((s) => `${f}: ${s}`),
    );
    expect(bad).toEqual([]);
  });
});
