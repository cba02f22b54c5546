/** What a masked secret looks like in responses. */
export const MASK = '********';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A copy of a spec with its secrets masked: the notification `auth_token` and ComplyAdvantage
 * `api_key`s. Works on any JSON value, so a stored spec from an older schema is masked too.
 */
export function maskSpec(spec: unknown): unknown {
  if (!isObject(spec)) return spec;
  const out: Json = { ...spec };
  if (isObject(out.notifications) && out.notifications.auth_token !== undefined)
    out.notifications = { ...out.notifications, auth_token: MASK };
  if (Array.isArray(out.requested_checks))
    out.requested_checks = out.requested_checks.map((check: unknown) =>
      isObject(check) && isObject(check.config) && check.config.api_key !== undefined
        ? { ...check, config: { ...check.config, api_key: MASK } }
        : check,
    );
  return out;
}

const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie']);

/** Request headers as recorded: credentials keep their scheme (`Basic`, `Bearer`) only. */
export function maskHeaders(
  headers: Record<string, string | string[] | undefined>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, raw] of Object.entries(headers)) {
    if (raw === undefined) continue;
    const value = Array.isArray(raw) ? raw.join(', ') : raw;
    const lower = name.toLowerCase();
    if (!SECRET_HEADERS.has(lower)) out[lower] = value;
    else if (lower.endsWith('authorization')) {
      const scheme = /^\s*(\S+)\s+\S/.exec(value)?.[1];
      out[lower] = scheme ? `${scheme} ${MASK}` : MASK;
    } else out[lower] = MASK;
  }
  return out;
}
