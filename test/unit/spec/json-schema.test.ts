import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { EDITOR_KEYWORDS, sessionSpecJsonSchema } from '@/spec/json-schema';
import { sessionSpecSchema } from '@/spec/schema';
import { schemaAt } from '@/spec/schema-walk';
import { z } from 'zod';

type Node = Record<string, unknown>;
type Path = (string | number)[];

const root = fileURLToPath(new URL('../../..', import.meta.url));
const fixtures = `${root}/test/fixtures/specs`;
const samples = `${root}/../shared/reference/samples`;

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
const jsonFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => [f.replace(/\.json$/, ''), readJson(`${dir}/${f}`)] as const);

const valid = jsonFiles(`${fixtures}/valid`);
const invalid = jsonFiles(`${fixtures}/invalid`);
const expected = readJson(`${fixtures}/invalid-expected.json`) as Record<
  string,
  { code: string; path: Path }
>;

const ajv = new Ajv2020({ strict: true, allErrors: true });
ajv.addVocabulary([...EDITOR_KEYWORDS]);
const validate = ajv.compile(sessionSpecJsonSchema);

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every subschema with the JSON Pointer-ish place it sits at. */
function* subschemas(js: Node, at = '#'): Generator<[string, Node, 'property' | 'other']> {
  if (isNode(js.properties))
    for (const [k, v] of Object.entries(js.properties)) {
      if (!isNode(v)) continue;
      yield [`${at}/properties/${k}`, v, 'property'];
      yield* subschemas(v, `${at}/properties/${k}`);
    }
  for (const word of ['items', 'additionalProperties', 'propertyNames'] as const) {
    const v = js[word];
    if (isNode(v)) {
      yield [`${at}/${word}`, v, 'other'];
      yield* subschemas(v, `${at}/${word}`);
    }
  }
  for (const word of ['oneOf', 'anyOf', 'allOf', 'prefixItems'] as const) {
    const list = js[word];
    if (Array.isArray(list))
      for (const [i, v] of list.entries()) {
        if (!isNode(v)) continue;
        yield [`${at}/${word}/${i}`, v, 'other'];
        yield* subschemas(v, `${at}/${word}/${i}`);
      }
  }
}

const all = [...subschemas(sessionSpecJsonSchema as Node)];

describe('sessionSpecJsonSchema annotations', () => {
  it('is draft 2020-12 and compiles in strict ajv', () => {
    expect(sessionSpecJsonSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(validate).toBeTypeOf('function');
  });

  it('gives every property at every depth a title and a one-line description', () => {
    const properties = all.filter(([, , kind]) => kind === 'property');
    expect(properties.length).toBeGreaterThan(200);
    const bare = properties.filter(
      ([, p]) => typeof p.description !== 'string' || !p.description || typeof p.title !== 'string',
    );
    expect(bare.map(([at]) => at)).toEqual([]);
    for (const [at, p] of properties) expect(p.description, at).not.toMatch(/\n/);
  });

  it('describes every option of every union', () => {
    const options = all.filter(([at]) => /\/(oneOf|anyOf)\/\d+$/.test(at));
    expect(options.length).toBeGreaterThan(20);
    for (const [at, o] of options) expect(o.description, at).toBeTruthy();
  });

  it('labels every enum value for editor completion', () => {
    const enums = all.filter(([, n]) => Array.isArray(n.enum));
    expect(enums.length).toBeGreaterThanOrEqual(25);
    for (const [at, n] of enums) {
      const values = n.enum as unknown[];
      for (const word of ['enumDescriptions', 'markdownEnumDescriptions']) {
        const d = n[word] as unknown[];
        expect(d, `${at} ${word}`).toHaveLength(values.length);
        for (const text of d) expect(text, at).toMatch(/\S/);
      }
    }
  });

  it('labels known vocabulary for free strings', () => {
    const ps = (sessionSpecJsonSchema.properties as Node).sdk_config as Node;
    const locale = (ps.properties as Node).locale as Node;
    expect(locale.examples).toContain('en-GB');
    expect(locale.defaultSnippets).toContainEqual(
      expect.objectContaining({ label: 'en-GB', body: 'en-GB' }),
    );
  });

  it('rejects unknown keys on every object', () => {
    const objects = all.filter(([, n]) => n.type === 'object');
    for (const [at, n] of objects) expect(n.additionalProperties, at).toBeDefined();
    const closed = objects.filter(([, n]) => n.additionalProperties === false);
    expect(closed.length).toBeGreaterThan(50);
  });
});

const agree = (doc: unknown) => ({
  zod: sessionSpecSchema.safeParse(doc).success,
  ajv: validate(doc),
});

describe('JSON Schema and zod agree', () => {
  it.each(jsonFiles(samples))('both accept reference sample %s', (_, doc) => {
    expect(agree(doc)).toEqual({ zod: true, ajv: true });
  });

  it('has at least 25 valid and 25 invalid fixtures', () => {
    expect(valid.length).toBeGreaterThanOrEqual(25);
    expect(invalid.length).toBeGreaterThanOrEqual(25);
  });

  it.each(valid)('both accept valid/%s', (_, doc) => {
    expect(agree(doc)).toEqual({ zod: true, ajv: true });
  });

  it.each(invalid)('both reject invalid/%s', (_, doc) => {
    expect(agree(doc)).toEqual({ zod: false, ajv: false });
  });

  it.each(invalid)('zod rejects invalid/%s at the expected path', (name, doc) => {
    const want = expected[name];
    expect(want, `no entry for ${name} in invalid-expected.json`).toBeDefined();
    const r = sessionSpecSchema.safeParse(doc);
    const issue = r.error?.issues[0];
    const path: Path = [...(issue?.path ?? [])] as Path;
    if (issue?.code === 'unrecognized_keys') path.push(issue.keys[0] ?? '');
    expect({ code: issue?.code, path }).toEqual(want);
  });

  it('has no expectation without a fixture', () => {
    const names = new Set(invalid.map(([n]) => n));
    expect(Object.keys(expected).filter((n) => !names.has(n))).toEqual([]);
  });

  it('rejects an unknown key added at any level of a valid fixture, like zod', () => {
    let closedObjects = 0;
    for (const [name, doc] of valid) {
      for (const path of objectPaths(doc)) {
        const result = agree(withKey(doc, path, 'zz_unknown', 'x'));
        const where = `${name} at ${JSON.stringify(path)}`;
        expect(result.ajv, where).toBe(result.zod);
        if (schemaAt(sessionSpecSchema, path, doc) instanceof z.ZodObject) {
          closedObjects++;
          expect(result, where).toEqual({ zod: false, ajv: false });
        }
      }
    }
    expect(closedObjects).toBeGreaterThan(100);
  });
});

/** Paths of every plain object inside `v`, the root included. */
function* objectPaths(v: unknown, path: Path = []): Generator<Path> {
  if (Array.isArray(v)) for (const [i, x] of v.entries()) yield* objectPaths(x, [...path, i]);
  else if (isNode(v)) {
    yield path;
    for (const [k, x] of Object.entries(v)) yield* objectPaths(x, [...path, k]);
  }
}

/** A deep copy of `doc` with `key: value` added to the object at `path`. */
function withKey(doc: unknown, path: Path, key: string, value: unknown): unknown {
  const copy = structuredClone(doc);
  let at: unknown = copy;
  for (const seg of path) at = (at as Record<string | number, unknown>)[seg];
  (at as Node)[key] = value;
  return copy;
}
