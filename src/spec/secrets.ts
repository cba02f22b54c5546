/**
 * The spec's secrets: the notification `auth_token` and every ComplyAdvantage `api_key`. The one
 * place that knows where they live; the server, share links, exports and the diff all ask here.
 */
import type { JsonPath } from './findings';
import { isJsonObject as isObject, type JsonObject as Json } from './json-value';

/** What a masked secret looks like in responses and exports. */
export const MASK = '********';

/** Whether `path` is where a secret lives (whether or not the spec at hand has one there). */
export function isSecretPath(path: readonly (string | number)[]): boolean {
  if (path.length === 2) return path[0] === 'notifications' && path[1] === 'auth_token';
  return (
    path.length === 4 &&
    path[0] === 'requested_checks' &&
    typeof path[1] === 'number' &&
    path[2] === 'config' &&
    path[3] === 'api_key'
  );
}

/**
 * Paths of the secrets present in `spec`, notifications first, then checks in order. Works on any
 * JSON value, so a stored spec from an older schema is covered too.
 */
export function secretPathsOf(spec: unknown): JsonPath[] {
  if (!isObject(spec)) return [];
  const paths: JsonPath[] = [];
  if (isObject(spec.notifications) && spec.notifications.auth_token !== undefined)
    paths.push(['notifications', 'auth_token']);
  if (Array.isArray(spec.requested_checks))
    spec.requested_checks.forEach((check: unknown, i) => {
      if (isObject(check) && isObject(check.config) && check.config.api_key !== undefined)
        paths.push(['requested_checks', i, 'config', 'api_key']);
    });
  return paths;
}

/** A copy of `spec` with every secret replaced by `MASK`; the input is not changed. */
export function maskSpecSecrets(spec: unknown): unknown {
  let out = spec;
  for (const path of secretPathsOf(spec)) out = replaceAt(out, path, MASK);
  return out;
}

/** A copy of `doc` with the value at `path` (which exists) replaced. */
function replaceAt(doc: unknown, path: JsonPath, value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  if (Array.isArray(doc))
    return doc.map((v: unknown, i) => (i === head ? replaceAt(v, rest, value) : v));
  const obj = doc as Json;
  return { ...obj, [head]: replaceAt(obj[head], rest, value) };
}
