/** Turns zod issues into findings that name the JSON path and say how to fix the input. */
import { z } from 'zod';
import { closest, finding, listOf, type Finding, type JsonPath } from './findings';
import { knownKeys, schemaAt } from './schema-walk';

const kindOf = (v: unknown): string =>
  v === null
    ? 'null'
    : Array.isArray(v)
      ? 'an array'
      : typeof v === 'object'
        ? 'an object'
        : `a ${typeof v}`;

const EXPECTED: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
  record: 'an object',
};

function valueAt(doc: unknown, path: JsonPath): { found: boolean; value: unknown } {
  let cur: unknown = doc;
  for (const seg of path) {
    if (typeof cur !== 'object' || cur === null || !Object.prototype.hasOwnProperty.call(cur, seg))
      return { found: false, value: undefined };
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return { found: true, value: cur };
}

const didYouMean = (word: unknown, options: readonly string[]): string => {
  const near = typeof word === 'string' ? closest(word, options) : undefined;
  return near ? ` Did you mean "${near}"?` : '';
};

function allowedValuesOf(schema: z.ZodType | undefined): string[] {
  if (schema instanceof z.ZodEnum) return schema.options.map(String);
  if (schema instanceof z.ZodLiteral) return [...schema.values].map(String);
  return [];
}

/** Converts one zod issue into findings (one per unknown key). */
function convert(issue: z.core.$ZodIssue, doc: unknown, root: z.ZodType): Finding[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownKeys(schemaAt(root, path, doc));
      return issue.keys.map((key) => {
        const hint = didYouMean(key, known);
        const rest = hint || (known.length ? ` Allowed keys here: ${known.join(', ')}.` : '');
        return finding(
          'error',
          'schema.unknown_key',
          [...path, key],
          `Unknown key "${key}".${rest} Yoti rejects keys it does not know; rename or remove it.`,
        );
      });
    }
    case 'invalid_union': {
      if ('discriminator' in issue && typeof issue.discriminator === 'string') {
        const options = (issue as { options?: unknown[] }).options?.map(String) ?? [];
        const at = valueAt(doc, path);
        if (!at.found)
          return [
            finding(
              'error',
              'schema.required',
              path,
              `Missing "${path[path.length - 1]}". Set it to ${listOf(options)}.`,
            ),
          ];
        return [
          finding(
            'error',
            'schema.invalid_enum',
            path,
            `${JSON.stringify(at.value)} is not a known type here.${didYouMean(at.value, options)} Use ${listOf(options)}.`,
          ),
        ];
      }
      return [
        finding('error', 'schema.invalid', path, 'This value matches none of the allowed shapes.'),
      ];
    }
    case 'invalid_value': {
      const at = valueAt(doc, path);
      const values = issue.values.map(String);
      if (!at.found)
        return [
          finding(
            'error',
            'schema.required',
            path,
            `Missing "${path[path.length - 1]}". Set it to ${listOf(values)}.`,
          ),
        ];
      return [
        finding(
          'error',
          'schema.invalid_enum',
          path,
          `${JSON.stringify(at.value)} is not allowed here.${didYouMean(at.value, values)} Use ${listOf(values)}.`,
        ),
      ];
    }
    case 'invalid_type': {
      const at = valueAt(doc, path);
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      if (!at.found) {
        const allowed = allowedValuesOf(schemaAt(root, path, doc));
        const how = allowed.length ? `Set it to ${listOf(allowed)}.` : `Add it as ${expected}.`;
        return [
          finding(
            'error',
            'schema.required',
            path,
            `Missing required "${path[path.length - 1] ?? 'value'}". ${how}`,
          ),
        ];
      }
      const shown =
        issue.expected === 'int' && typeof at.value === 'number'
          ? String(at.value)
          : typeof at.value === 'object' && at.value !== null
            ? kindOf(at.value)
            : `${kindOf(at.value)} (${JSON.stringify(at.value)})`;
      return [
        finding('error', 'schema.invalid_type', path, `Expected ${expected} but found ${shown}.`),
      ];
    }
    default:
      return [finding('error', 'schema.invalid', path, issue.message)];
  }
}

/** All findings for a failed parse, in document order of their paths. */
export function findingsFromZod(error: z.ZodError, doc: unknown, root: z.ZodType): Finding[] {
  return error.issues.flatMap((issue) => convert(issue, doc, root));
}
