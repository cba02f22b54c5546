/**
 * Sanity tests for the SDK-parity fixture set. They need no project code: only the official
 * `yoti` package and the reference samples in /work/shared/reference/samples.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import yoti from 'yoti';
import {
  COVERAGE_EXCLUSIONS,
  REAL_SCHEME_CONFIG_BUILDER_PATH,
  SAMPLE_KEYS_SDK_CANNOT_EXPRESS,
  coverage,
  sampleSpecs,
  sdkSpecs,
} from './sdk-specs';

const here = path.dirname(fileURLToPath(import.meta.url));
const SAMPLES_DIR = path.resolve(here, '../../../shared/reference/samples');

const require = createRequire(import.meta.url);
const YOTI_DIR = path.dirname(require.resolve('yoti/package.json'));
const CREATE_DIR = path.join(YOTI_DIR, 'src/idv_service/session/create');

/** Public builder-method definitions, as required by the brief: `^\s+with\w+\(|^\s+for\w+\(`. */
const METHOD_DEF_RE = /^\s+(with\w+|for\w+)\(/gm;
const BUILD_DEF_RE = /^\s+build\(/m;
const CLASS_RE = /^class (\w+)/m;

interface BuilderSource {
  file: string; // relative to CREATE_DIR
  className: string;
  methods: string[]; // with*/for* methods
  hasBuild: boolean;
}

function readBuilderSources(): BuilderSource[] {
  const files = (readdirSync(CREATE_DIR, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.builder.js'))
    .sort();
  return files.map((file) => {
    const text = readFileSync(path.join(CREATE_DIR, file), 'utf8');
    const className = CLASS_RE.exec(text)?.[1];
    if (!className) throw new Error(`no class in ${file}`);
    const methods = [...text.matchAll(METHOD_DEF_RE)].map((m) => m[1] as string);
    return { file, className, methods, hasBuild: BUILD_DEF_RE.test(text) };
  });
}

function isPlainJson(value: unknown): boolean {
  if (value === null) return true;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'object':
      if (Array.isArray(value)) return value.every(isPlainJson);
      if (Object.getPrototypeOf(value) !== Object.prototype) return false;
      return Object.values(value as Record<string, unknown>).every(
        (v) => v !== undefined && isPlainJson(v),
      );
    default:
      return false;
  }
}

function deletePath(target: unknown, keyPath: string[]): boolean {
  let node = target as Record<string, unknown> | undefined;
  for (const key of keyPath.slice(0, -1)) {
    node = node?.[key] as Record<string, unknown> | undefined;
  }
  const last = keyPath[keyPath.length - 1] as string;
  if (!node || !(last in node)) return false;
  delete node[last];
  return true;
}

describe('sdk fixture set', () => {
  it('has at least 36 specs (and at least 30)', () => {
    expect(sdkSpecs.length).toBeGreaterThanOrEqual(30);
    expect(sdkSpecs.length).toBeGreaterThanOrEqual(36);
  });

  it('has unique, non-empty names', () => {
    const names = sdkSpecs.map((s) => s.name);
    for (const n of names) expect(n.trim()).not.toBe('');
    const dupes = names.filter((n, i) => names.indexOf(n) !== i);
    expect(dupes).toEqual([]);
  });

  it('produces distinct JSON for every spec', () => {
    const bodies = sdkSpecs.map((s) => JSON.stringify(s.build()));
    const dupes = sdkSpecs
      .filter((_, i) => bodies.indexOf(bodies[i] as string) !== i)
      .map((s) => s.name);
    expect(dupes).toEqual([]);
  });

  describe.each(sdkSpecs.map((s) => [s.name, s] as const))('%s', (_name, spec) => {
    it('builds to a JSON-serialisable plain object', () => {
      const json = spec.build();
      expect(typeof json).toBe('object');
      expect(json).not.toBeNull();
      expect(Array.isArray(json)).toBe(false);
      expect(isPlainJson(json)).toBe(true);
      expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    });

    it('is deterministic (two builds give identical text)', () => {
      expect(JSON.stringify(spec.build(), null, 2)).toBe(JSON.stringify(spec.build(), null, 2));
    });
  });
});

describe('reference samples rebuilt with the SDK builders', () => {
  it('covers every sample file', () => {
    const files = readdirSync(SAMPLES_DIR)
      .filter((f) => f.endsWith('.json'))
      .sort();
    expect(sampleSpecs.map((s) => s.file).sort()).toEqual(files);
    expect(Object.keys(SAMPLE_KEYS_SDK_CANNOT_EXPRESS).sort()).toEqual(files);
  });

  describe.each(sampleSpecs.map((s) => [s.file, s] as const))('%s', (file, sample) => {
    const text = readFileSync(path.join(SAMPLES_DIR, file), 'utf8');
    const removed = SAMPLE_KEYS_SDK_CANNOT_EXPRESS[file] ?? [];

    it('deep-equals the sample file minus what Node SDK 4.13.2 cannot express', () => {
      const expected: unknown = JSON.parse(text);
      for (const keyPath of removed) {
        // the keys we strip must really be in the file, and must really be absent from the SDK output
        expect(deletePath(expected, keyPath), `sample should contain ${keyPath.join('.')}`).toBe(
          true,
        );
      }
      const built = sample.build();
      expect(built).toEqual(expected);
      // same key order too
      expect(JSON.stringify(built, null, 2)).toBe(JSON.stringify(expected, null, 2));
    });

    if (removed.length === 0) {
      it('is byte-identical to the sample file (2-space JSON + trailing newline)', () => {
        expect(`${JSON.stringify(sample.build(), null, 2)}\n`).toBe(text);
      });
    }
  });

  it('sample 02 carries dark_mode keys that the Node SDK cannot send', () => {
    const built = sampleSpecs.find((s) => s.file.startsWith('02-'))?.build() as {
      sdk_config: Record<string, unknown>;
    };
    expect(built.sdk_config).not.toHaveProperty('dark_mode');
    expect(built.sdk_config).not.toHaveProperty('primary_colour_dark_mode');
    expect(
      typeof (yoti.SdkConfigBuilder.prototype as unknown as Record<string, unknown>)[
        'withDarkMode'
      ],
    ).toBe('undefined');
  });
});

describe('builder-method coverage', () => {
  const sources = readBuilderSources();
  const sourceMethods = new Set<string>();
  for (const s of sources) {
    for (const m of s.methods) sourceMethods.add(`${s.className}.${m}`);
    if (s.hasBuild) sourceMethods.add(`${s.className}.build`);
  }
  /** Coverage entries that are not prototype methods of a *.builder.js class. */
  const NON_BUILDER_ENTRIES = new Set(['AdvancedIdentityProfileSchemeConfig.constructor']);

  it('finds the builder sources', () => {
    expect(sources.length).toBeGreaterThanOrEqual(25);
    expect(sources.map((s) => s.className)).toContain('SessionSpecificationBuilder');
  });

  it('has no duplicate coverage entries', () => {
    expect(coverage.filter((c, i) => coverage.indexOf(c) !== i)).toEqual([]);
  });

  it('covers every public with*/for* method (and build) of every builder, except the listed exclusions', () => {
    const missing = [...sourceMethods].filter(
      (m) => !coverage.includes(m) && !(m in COVERAGE_EXCLUSIONS),
    );
    expect(missing).toEqual([]);
  });

  it('lists only real methods (no typos, no stale exclusions)', () => {
    const unknownCoverage = coverage.filter(
      (c) => !sourceMethods.has(c) && !NON_BUILDER_ENTRIES.has(c),
    );
    expect(unknownCoverage).toEqual([]);
    const unknownExclusions = Object.keys(COVERAGE_EXCLUSIONS).filter((c) => !sourceMethods.has(c));
    expect(unknownExclusions).toEqual([]);
    expect(coverage.filter((c) => c in COVERAGE_EXCLUSIONS)).toEqual([]);
  });

  describe('every coverage entry is really called by the specs (runtime instrumentation)', () => {
    const called = new Set<string>();
    const restore: (() => void)[] = [];
    let depth = 0;

    beforeAll(() => {
      for (const s of sources) {
        const cls = require(path.join(CREATE_DIR, s.file)) as {
          prototype: Record<string, unknown>;
        };
        const proto = cls.prototype;
        for (const name of [...s.methods, ...(s.hasBuild ? ['build'] : [])]) {
          if (!Object.prototype.hasOwnProperty.call(proto, name)) continue;
          const original = proto[name] as (...args: unknown[]) => unknown;
          const key = `${s.className}.${name}`;
          proto[name] = function instrumented(this: unknown, ...args: unknown[]): unknown {
            // only record direct calls, not delegation such as withAllowsCamera -> withAllowedCaptureMethods
            if (depth === 0) called.add(key);
            depth += 1;
            try {
              return original.apply(this, args);
            } finally {
              depth -= 1;
            }
          };
          restore.push(() => {
            proto[name] = original;
          });
        }
      }
      for (const spec of sdkSpecs) spec.build();
    });

    afterAll(() => {
      for (const r of restore) r();
    });

    it('instrumented the same classes that the yoti index exports', () => {
      const cls = require(path.join(CREATE_DIR, 'sdk.config.builder.js')) as unknown;
      expect(cls).toBe(yoti.SdkConfigBuilder);
    });

    it('every listed method was called directly', () => {
      const notCalled = coverage.filter((c) => !NON_BUILDER_ENTRIES.has(c) && !called.has(c));
      expect(notCalled).toEqual([]);
    });

    it('every directly-called method is listed', () => {
      const unlisted = [...called].filter((c) => !coverage.includes(c));
      expect(unlisted).toEqual([]);
    });
  });

  it('the exported AdvancedIdentityProfileSchemeConfigBuilder is really the config class (SDK bug) and was exercised', () => {
    const ConfigClass = require(
      path.join(CREATE_DIR, 'identity_profile/advanced/advanced.identity.profile.scheme.config.js'),
    ) as unknown;
    const RealBuilder = require(REAL_SCHEME_CONFIG_BUILDER_PATH) as unknown;
    expect(yoti.AdvancedIdentityProfileSchemeConfigBuilder).toBe(ConfigClass);
    expect(yoti.AdvancedIdentityProfileSchemeConfigBuilder).not.toBe(RealBuilder);

    const spec = sdkSpecs.find((s) =>
      s.name.includes('exported AdvancedIdentityProfileSchemeConfigBuilder'),
    );
    expect(spec).toBeDefined();
    const json = spec?.build() as {
      advanced_identity_profile_requirements: {
        profiles: { schemes: { config?: { filter?: { type: string } } }[] }[];
      };
    };
    const filter =
      json.advanced_identity_profile_requirements.profiles[0]?.schemes[0]?.config?.filter;
    expect(filter?.type).toBe('DOCUMENT_RESTRICTIONS');
  });
});

describe('SDK behaviours the core must reproduce (documented by the fixtures)', () => {
  const byName = (fragment: string): Record<string, unknown> => {
    const spec = sdkSpecs.find((s) => s.name.includes(fragment));
    if (!spec) throw new Error(`no spec named like ${fragment}`);
    return spec.build() as Record<string, unknown>;
  };

  it('always sends requested_checks, requested_tasks and required_documents (as [] when empty)', () => {
    expect(byName('empty builder')).toEqual({
      requested_checks: [],
      requested_tasks: [],
      required_documents: [],
    });
  });

  it('liveness defaults max_retries to 1 and puts it before liveness_type', () => {
    const json = byName('LIVENESS: ZOOM with default max_retries');
    expect(JSON.stringify(json)).toContain('"config":{"max_retries":1,"liveness_type":"ZOOM"}');
  });

  it('advanced CA always sends remove_deceased/share_url false, TYPE_LIST [] sources and EXACT matching', () => {
    const json = byName('Yoti account, all defaults');
    expect(JSON.stringify(json)).toContain(
      '{"type":"WITH_YOTI_ACCOUNT","remove_deceased":false,"share_url":false,"sources":{"type":"TYPE_LIST","types":[]},"matching_strategy":{"type":"EXACT"}}',
    );
  });

  it('de-duplicates notification topics and watchlist categories, keeping first-seen order', () => {
    expect(JSON.stringify(byName('duplicate topics'))).toContain(
      '"topics":["SESSION_COMPLETION","TASK_COMPLETION","RESOURCE_UPDATE"]',
    );
    expect(JSON.stringify(byName('duplicates de-duplicated'))).toContain(
      '"categories":["SANCTIONS","ADVERSE-MEDIA"]',
    );
  });

  it('sends notifications.topics as [] when no topic was added', () => {
    expect(byName('endpoint only')['notifications']).toEqual({
      endpoint: 'https://example.com/yoti/idv/webhook',
      topics: [],
    });
  });
});
