/** A fast-check arbitrary for any value a zod schema accepts, built by walking the schema. */
import fc from 'fast-check';
import { z } from 'zod';

const word = fc.string({ minLength: 0, maxLength: 12 });

/** JSON has no negative zero (`JSON.stringify(-0)` is "0"), so specs never contain one. */
const noNegativeZero = (v: unknown): unknown => {
  if (Object.is(v, -0)) return 0;
  if (Array.isArray(v)) return v.map(noNegativeZero);
  if (typeof v === 'object' && v !== null)
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, noNegativeZero(x)]));
  return v;
};

export function arbitraryOf(schema: z.ZodType, depth = 0): fc.Arbitrary<unknown> {
  if (schema instanceof z.ZodOptional) return arbitraryOf(schema.unwrap() as z.ZodType, depth);
  if (schema instanceof z.ZodDefault) return arbitraryOf(schema.unwrap() as z.ZodType, depth);
  if (schema instanceof z.ZodObject) {
    const shape = schema.shape as Record<string, z.ZodType>;
    const entries = Object.fromEntries(
      Object.entries(shape).map(([k, v]) => [k, arbitraryOf(v, depth + 1)]),
    );
    const required = Object.entries(shape)
      .filter(([, v]) => !(v instanceof z.ZodOptional) && !(v instanceof z.ZodDefault))
      .map(([k]) => k);
    return fc.record(entries, { requiredKeys: required });
  }
  if (schema instanceof z.ZodDiscriminatedUnion || schema instanceof z.ZodUnion)
    return fc.oneof(...(schema.options as z.ZodType[]).map((o) => arbitraryOf(o, depth + 1)));
  if (schema instanceof z.ZodArray)
    return fc.array(arbitraryOf(schema.element as z.ZodType, depth + 1), {
      maxLength: depth > 3 ? 1 : 3,
    });
  if (schema instanceof z.ZodRecord)
    return fc.dictionary(
      fc.string({ minLength: 1, maxLength: 8 }),
      arbitraryOf(schema._zod.def.valueType as z.ZodType, depth + 1),
      { maxKeys: 3 },
    );
  if (schema instanceof z.ZodEnum) return fc.constantFrom(...schema.options);
  if (schema instanceof z.ZodLiteral) return fc.constantFrom(...schema.values);
  if (schema instanceof z.ZodString) return word;
  if (schema instanceof z.ZodBoolean) return fc.boolean();
  if (schema instanceof z.ZodNumber)
    return schema.format === 'safeint' || schema.isInt
      ? fc.integer({ min: -1e9, max: 1e9 })
      : fc.double({ noNaN: true, noDefaultInfinity: true }).map(noNegativeZero);
  if (schema instanceof z.ZodUnknown) return fc.jsonValue({ maxDepth: 2 }).map(noNegativeZero);
  throw new Error(`arbitraryOf: unsupported schema ${schema.constructor.name}`);
}
