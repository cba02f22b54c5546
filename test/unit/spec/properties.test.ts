import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { knownKeys, schemaAt } from '../../../src/spec/schema-walk';
import {
  sessionSpecSchema,
  serializeSpec,
  validateSpec,
  validateSpecText,
  type JsonPath,
} from '../../../src/spec/index';
import { arbitraryOf } from './arbitrary';

const specs = arbitraryOf(sessionSpecSchema);
/** FC_RUNS=5000 for a deeper search than the default run. */
const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 300) };

/** Paths of every key that sits in an object with a fixed set of keys (not a free-form record). */
function objectKeyPaths(doc: unknown, at: JsonPath = []): JsonPath[] {
  if (Array.isArray(doc)) return doc.flatMap((v, i) => objectKeyPaths(v, [...at, i]));
  if (typeof doc !== 'object' || doc === null) return [];
  const fixed = knownKeys(schemaAt(sessionSpecSchema, at, doc)).length > 0;
  return Object.entries(doc).flatMap(([k, v]) => [
    ...(fixed ? [[...at, k]] : []),
    ...objectKeyPaths(v, [...at, k]),
  ]);
}

function renameKey(doc: unknown, path: JsonPath, to: string): unknown {
  const [head, ...rest] = path;
  if (Array.isArray(doc)) return doc.map((v, i) => (i === head ? renameKey(v, rest, to) : v));
  const obj = doc as Record<string, unknown>;
  if (rest.length === 0)
    return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k === head ? to : k, v]));
  return { ...obj, [head as string]: renameKey(obj[head as string], rest, to) };
}

describe('properties of the spec core', () => {
  it('every spec the schema accepts survives serialize → parse unchanged', () => {
    fc.assert(
      fc.property(specs, (value) => {
        const spec = sessionSpecSchema.parse(value);
        const text = serializeSpec(spec);
        const again = validateSpecText(text);
        expect(again.spec).toEqual(spec);
        expect(serializeSpec(again.spec!)).toBe(text);
      }),
      RUNS,
    );
  });

  it('never throws on arbitrary JSON values, and always explains a rejection', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        const r = validateSpec(value);
        if (!r.spec) expect(r.findings.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        expect(Array.isArray(validateSpecText(text).findings)).toBe(true);
      }),
      RUNS,
    );
  });

  it('never throws on a valid spec with one value replaced by anything', () => {
    fc.assert(
      fc.property(specs, fc.nat(), fc.jsonValue({ maxDepth: 2 }), (value, pick, replacement) => {
        const paths = objectKeyPaths(value);
        if (paths.length === 0) return;
        const path = paths[pick % paths.length]!;
        const mutated = structuredClone(value) as Record<string, unknown>;
        let parent: Record<string | number, unknown> = mutated;
        for (const seg of path.slice(0, -1))
          parent = parent[seg] as Record<string | number, unknown>;
        parent[path[path.length - 1]!] = replacement;
        const r = validateSpec(mutated);
        expect(r.valid || r.findings.length > 0).toBe(true);
      }),
      RUNS,
    );
  });

  it('never silently drops a misspelt key: it is reported at its path', () => {
    fc.assert(
      fc.property(specs, fc.nat(), (value, pick) => {
        const paths = objectKeyPaths(value);
        if (paths.length === 0) return;
        const path = paths[pick % paths.length]!;
        const key = String(path[path.length - 1]);
        const typo = key.slice(0, -1) + (key.endsWith('x') ? 'y' : 'x');
        const r = validateSpec(renameKey(value, path, typo));
        const at = [...path.slice(0, -1), typo];
        expect(
          r.findings.some(
            (f) => f.code === 'schema.unknown_key' && JSON.stringify(f.path) === JSON.stringify(at),
          ),
        ).toBe(true);
      }),
      RUNS,
    );
  });
});
