/**
 * Share links: the spec, secrets stripped, deflate-raw compressed and base64url-encoded in the URL
 * fragment (`#spec=…`). A fragment never reaches a server: not ours, not a proxy's access log.
 */
import {
  formatPath,
  getAtPath,
  removeAtPath,
  secretPathsOf,
  serializeSpec,
  setAtPath,
  validateSpecText,
  type Finding,
  type JsonPath,
  type SessionSpec,
} from '@/spec/index';

export const SHARE_PARAM = 'spec';
/** Decompressed size limit, the same as for imports: a link can't make the tab inflate gigabytes. */
export const MAX_SHARE_BYTES = 5 * 1024 * 1024;

export type ShareLinkLoad =
  | { kind: 'none' }
  | { kind: 'ok'; spec: SessionSpec; findings: Finding[] }
  | { kind: 'invalid'; reason: string };

/** The spec without secrets, and the paths (as text) of what was removed or blanked. */
export function stripSecrets(spec: SessionSpec): { spec: SessionSpec; stripped: string[] } {
  const stripped: JsonPath[] = [];
  let out = spec;
  for (const path of secretPathsOf(spec)) {
    // The schema requires `api_key`, so it stays, empty; the validator asks the user to fill it in.
    const required = path[path.length - 1] === 'api_key';
    if (required && getAtPath(spec, path) === '') continue;
    out = required ? setAtPath(out, path, '') : removeAtPath(out, path);
    stripped.push(path);
  }
  return { spec: out, stripped: stripped.map(formatPath) };
}

/** A link to `baseUrl` (its fragment replaced) carrying the spec without its secrets. */
export async function encodeShareLink(
  spec: SessionSpec,
  baseUrl: string,
): Promise<{ url: string; stripped: string[] }> {
  const { spec: safe, stripped } = stripSecrets(spec);
  const bytes = await deflate(new TextEncoder().encode(serializeSpec(safe)));
  const url = new URL(baseUrl);
  url.hash = `${SHARE_PARAM}=${toBase64Url(bytes)}`;
  return { url: url.href, stripped };
}

const DAMAGED =
  'The link is incomplete or damaged (it may have been cut off when it was copied). Ask for the link again.';

/** Whether a location hash carries a share link at all (cheap, synchronous). */
export const hasShareLink = (hash: string): boolean =>
  new URLSearchParams(hash.replace(/^#/, '')).has(SHARE_PARAM);

/** Reads a spec from a location hash (`#spec=…`). Never throws. */
export async function decodeShareLink(hash: string): Promise<ShareLinkLoad> {
  const data = new URLSearchParams(hash.replace(/^#/, '')).get(SHARE_PARAM);
  if (data === null) return { kind: 'none' };
  if (data === '') return { kind: 'invalid', reason: 'The link has no spec in it.' };
  const bytes = fromBase64Url(data);
  if (!bytes)
    return {
      kind: 'invalid',
      reason: 'The link contains characters a share link never has. Copy the whole link again.',
    };
  let text: string;
  try {
    const inflated = await inflate(bytes, MAX_SHARE_BYTES);
    if (!inflated) return { kind: 'invalid', reason: 'The spec in the link is larger than 5 MB.' };
    text = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch {
    return { kind: 'invalid', reason: DAMAGED };
  }
  const result = validateSpecText(text);
  if (!result.spec) {
    const first = result.findings[0]?.message ?? 'it does not match the schema';
    return { kind: 'invalid', reason: `The link does not hold a valid session spec: ${first}` };
  }
  return { kind: 'ok', spec: result.spec, findings: result.findings };
}

// ---- bytes ---------------------------------------------------------------------------------

async function deflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Inflates, giving up (undefined) past `limit` bytes. Rejects on corrupt or truncated data. */
async function inflate(
  bytes: Uint8Array<ArrayBuffer>,
  limit: number,
): Promise<Uint8Array | undefined> {
  const reader = new Blob([bytes])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'))
    .getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK)
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(data: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(data) || data.length % 4 === 1) return undefined;
  const base64 = data.replace(/-/g, '+').replace(/_/g, '/');
  try {
    const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}
