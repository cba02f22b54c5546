/**
 * The diff cannot silently ignore a key: every leaf of a spec that sets every key of the schema is
 * changed in turn (and every optional key dropped), and each edit must be reported at its path.
 * The specs are built by walking the schema, so a key added to the schema is covered at once.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { schemaAt, unwrap } from '../../../src/spec/schema-walk';
import {
  diffSpecs,
  formatPath,
  getAtPath,
  isSecretPath,
  removeAtPath,
  secretPathsOf,
  serializeSpec,
  sessionSpecSchema,
  setAtPath,
  type JsonPath,
  type SessionSpec,
  type SpecChange,
} from '../../../src/spec/index';
import { arbitraryOf } from './arbitrary';

/** FC_RUNS=5000 for a deeper search than the default run. */
const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 300) };

/**
 * A value for `schema` with every optional key set; union option `variant % n` (lists get one
 * item per option); strings name their path, so each is unique and secrets are recognisable.
 */
function full(schema: z.ZodType, variant: number, path: JsonPath = []): unknown {
  const u = unwrap(schema);
  const at = (seg: string | number, s: z.ZodType) => full(s, variant, [...path, seg]);
  if (u instanceof z.ZodObject)
    return Object.fromEntries(
      Object.entries(u.shape as Record<string, z.ZodType>).map(([k, s]) => [k, at(k, s)]),
    );
  if (u instanceof z.ZodDiscriminatedUnion) {
    const options = u.options as z.ZodType[];
    return full(options[variant % options.length]!, variant, path);
  }
  if (u instanceof z.ZodArray) {
    const el = unwrap(u.element as z.ZodType);
    if (el instanceof z.ZodDiscriminatedUnion)
      return (el.options as z.ZodType[]).map((o, i) => full(o, variant, [...path, i]));
    if (el instanceof z.ZodEnum) return el.options.slice(0, 2);
    return el instanceof z.ZodObject ? [at(0, el)] : [at(0, el), at(1, el)];
  }
  if (u instanceof z.ZodRecord) return { KEY: at('KEY', u._zod.def.valueType as z.ZodType) };
  if (u instanceof z.ZodEnum) return u.options[variant % u.options.length];
  if (u instanceof z.ZodLiteral) return [...u.values][0];
  if (u instanceof z.ZodNumber) return 1000 + path.length;
  if (u instanceof z.ZodBoolean) return true;
  return `v${variant}:${formatPath(path)}`;
}

/** Paths of every scalar that another valid value can replace (not a discriminator). */
function leaves(doc: unknown, at: JsonPath = [], root: unknown = doc): JsonPath[] {
  if (Array.isArray(doc)) return doc.flatMap((v, i) => leaves(v, [...at, i], root));
  if (typeof doc === 'object' && doc !== null)
    return Object.entries(doc).flatMap(([k, v]) => leaves(v, [...at, k], root));
  const s = schemaAt(sessionSpecSchema, at, root);
  const fixed = s instanceof z.ZodLiteral || (s instanceof z.ZodEnum && s.options.length < 2);
  return fixed ? [] : [at];
}

/** Paths of every key that may be left out. */
function optionalKeys(doc: unknown, at: JsonPath = []): JsonPath[] {
  if (Array.isArray(doc)) return doc.flatMap((v, i) => optionalKeys(v, [...at, i]));
  if (typeof doc !== 'object' || doc === null) return [];
  const s = schemaAt(sessionSpecSchema, at, doc);
  const shape = s instanceof z.ZodObject ? (s.shape as Record<string, z.ZodType>) : {};
  return Object.entries(doc).flatMap(([k, v]) => [
    ...(shape[k] instanceof z.ZodOptional ? [[...at, k]] : []),
    ...optionalKeys(v, [...at, k]),
  ]);
}

function changedValue(value: unknown, schema: z.ZodType | undefined): unknown {
  if (schema instanceof z.ZodEnum)
    return schema.options.find((o) => o !== value) ?? `${String(value)}x`;
  if (typeof value === 'number') return value + 1;
  if (typeof value === 'boolean') return !value;
  return `${String(value)}x`;
}

const isPrefix = (p: JsonPath, of: JsonPath) => p.every((seg, i) => of[i] === seg);
const parse = (v: unknown): SessionSpec => sessionSpecSchema.parse(v);
const FULLS = [0, 1].map((v) => parse(full(sessionSpecSchema, v)));

/** The changes reported at `path`, above it (within its top-level item at least) or inside it. */
const reportedAt = (changes: SpecChange[], path: JsonPath) =>
  changes.filter(
    (c) =>
      (isPrefix(c.path, path) && c.path.length >= Math.min(path.length, 2)) ||
      isPrefix(path, c.path),
  );

describe('the diff covers the whole schema', () => {
  it('builds specs that set every key, every check, task and document kind', () => {
    for (const spec of FULLS) {
      expect(sessionSpecSchema.safeParse(spec).success).toBe(true);
      expect(spec.requested_checks).toHaveLength(11);
      expect(leaves(spec).length).toBeGreaterThan(100);
    }
  });

  it.each([0, 1])(
    'reports every changed leaf at its path (variant %i)',
    { timeout: 60_000 },
    (v) => {
      const base = FULLS[v]!;
      for (const path of leaves(base)) {
        const value = getAtPath(base, path);
        const next = parse(
          setAtPath(base, path, changedValue(value, schemaAt(sessionSpecSchema, path, base))),
        );
        const changes = diffSpecs(base, next);
        expect(reportedAt(changes, path), formatPath(path)).not.toEqual([]);
        for (const c of changes)
          expect(c.summary, formatPath(path)).not.toMatch(/\bv\d:.*(auth_token|api_key)/);
      }
    },
  );

  it.each([0, 1])(
    'reports every optional key left out at its path (variant %i)',
    { timeout: 60_000 },
    (v) => {
      const base = FULLS[v]!;
      for (const path of optionalKeys(base)) {
        const next = parse(setAtPath(base, path, undefined));
        const changes = diffSpecs(base, next);
        expect(reportedAt(changes, path), formatPath(path)).not.toEqual([]);
        expect(diffSpecs(next, base).length, formatPath(path)).toBeGreaterThan(0);
      }
    },
  );
});

const specs = arbitraryOf(sessionSpecSchema).map(parse);

/** An edit of a random kind at a random place: change a leaf, drop a key, or reverse a list. */
function edit(spec: SessionSpec, pick: number, kind: number): SessionSpec {
  const all = leaves(spec);
  const optional = optionalKeys(spec);
  if (kind === 0 && all.length) {
    const path = all[pick % all.length]!;
    const s = schemaAt(sessionSpecSchema, path, spec);
    return parse(setAtPath(spec, path, changedValue(getAtPath(spec, path), s)));
  }
  if (kind === 1 && optional.length)
    return parse(removeAtPath(spec, optional[pick % optional.length]!));
  const lists: JsonPath[] = ['requested_checks', 'requested_tasks', 'required_documents'].map(
    (k) => [k],
  );
  const path = lists[pick % lists.length]!;
  return parse(setAtPath(spec, path, [...(getAtPath(spec, path) as unknown[])].reverse()));
}

describe('properties of the diff', () => {
  it('finds nothing between a spec and itself, or a copy of it', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(specs, (a) => {
        expect(diffSpecs(a, a)).toEqual([]);
        expect(diffSpecs(a, parse(JSON.parse(serializeSpec(a))))).toEqual([]);
      }),
      RUNS,
    );
  });

  it('is empty exactly when the canonical JSON is equal', { timeout: 60_000 }, () => {
    const pairs = fc.oneof(
      fc.tuple(specs, specs),
      fc
        .tuple(specs, fc.nat(), fc.nat({ max: 2 }))
        .map(([a, pick, kind]) => [a, edit(a, pick, kind)] as const),
    );
    fc.assert(
      fc.property(pairs, ([a, b]) => {
        const changes = diffSpecs(a, b);
        expect(changes.length === 0).toBe(serializeSpec(a) === serializeSpec(b));
        for (const c of changes) {
          const inSpec = c.kind === 'removed' ? a : b;
          expect(
            c.path.length === 0 || getAtPath(inSpec, c.path) !== undefined,
            formatPath(c.path),
          ).toBe(true);
          expect(c.summary).not.toBe('');
        }
      }),
      RUNS,
    );
  });

  it('never shows a secret, whatever else changes', { timeout: 60_000 }, () => {
    const secretSpecs = fc.tuple(specs, fc.constantFrom('A', 'B')).map(([s, tag]) => {
      let out: unknown = s;
      for (const p of secretPathsOf(s)) out = setAtPath(out, p, `SECRET-${tag}-${formatPath(p)}`);
      return parse(out);
    });
    fc.assert(
      fc.property(secretSpecs, secretSpecs, (a, b) => {
        for (const c of diffSpecs(a, b)) {
          expect(c.summary).not.toContain('SECRET-');
          if (isSecretPath(c.path)) expect(c.summary).toMatch(/ (added|removed|changed)$/);
        }
      }),
      RUNS,
    );
  });
});
