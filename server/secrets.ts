/** Secrets in server responses: the spec masker lives in the spec core; headers are masked here. */
import { MASK, maskSpecSecrets } from '../src/spec/index';

export { MASK };

/** A copy of a spec with `auth_token` and `api_key`s masked (see `maskSpecSecrets`). */
export const maskSpec = maskSpecSecrets;

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
