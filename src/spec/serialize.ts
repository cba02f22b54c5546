/**
 * Deterministic serialization following the official Node SDK: unset values left out, the three
 * arrays always present, `config: {}` for checks without options, the SDK's key order (declared in
 * the schema), 2-space indent. Same spec, same bytes.
 */
import { sessionSpecSchema, type SessionSpec, type SessionSpecInput } from './schema';

/** The spec in canonical form: schema key order, defaults filled in. Throws on a malformed spec. */
export function canonicalSpec(spec: SessionSpec | SessionSpecInput): SessionSpec {
  const parsed = sessionSpecSchema.safeParse(spec);
  if (!parsed.success)
    throw new Error('canonicalSpec: the spec does not match the schema; validate it first');
  return parsed.data;
}

/** The request body exactly as Studio sends it. */
export function serializeSpec(spec: SessionSpec | SessionSpecInput): string {
  return JSON.stringify(canonicalSpec(spec), null, 2);
}
