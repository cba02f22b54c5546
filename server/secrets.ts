/** Secrets in recorded request headers (specs are masked by the spec core's maskSpecSecrets). */
import { MASK } from '../src/spec/index';

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
