import { verify, type KeyObject } from 'node:crypto';
import type { RequestHandler } from 'express';
import { YotiApiError } from './yoti-error';

export type SignatureOptions = {
  /** SDK id → public key of the applications the sandbox knows. */
  clients: ReadonlyMap<string, KeyObject>;
  now: () => number;
  /** How far the `timestamp` (ms) may be from the sandbox clock. */
  windowMs?: number;
};

/** Remembers nonces until their timestamp could no longer pass the window check. */
function nonceCache() {
  const seen = new Map<string, number>();
  let inserts = 0;
  return {
    /** True when the nonce is new (and records it). */
    claim(nonce: string, keepUntil: number, now: number): boolean {
      if ((seen.get(nonce) ?? 0) > now) return false;
      seen.set(nonce, keepUntil);
      if (++inserts % 1024 === 0)
        for (const [key, until] of seen) if (until <= now) seen.delete(key);
      return true;
    },
  };
}

const unauthorized = (message: string) => new YotiApiError(401, 'UNAUTHORIZED', message);

/**
 * Checks `X-Yoti-Auth-Digest` as Yoti does (reference §11.1): RSA-SHA256 over
 * `METHOD&/path?query` relative to the API base, plus `&` + base64 of the body when there is one,
 * verified with the public key of the `sdkId` in the query; `timestamp` (ms) within the window;
 * each `nonce` used once. Needs the raw body (express.raw) to see the exact bytes.
 */
export function verifySignature({
  clients,
  now,
  windowMs = 5 * 60_000,
}: SignatureOptions): RequestHandler {
  const nonces = nonceCache();
  return (req, res, next) => {
    const digest = req.get('x-yoti-auth-digest');
    if (!digest)
      throw unauthorized('The X-Yoti-Auth-Digest header is missing: requests must be signed.');
    const query = new URLSearchParams(req.url.split('?')[1] ?? '');
    const sdkId = query.get('sdkId');
    const key = sdkId ? clients.get(sdkId) : undefined;
    if (!sdkId || !key)
      throw unauthorized(
        sdkId ? `Unknown SDK id ${sdkId}.` : 'The sdkId query parameter is missing.',
      );
    const body: unknown = req.body;
    const withBody = Buffer.isBuffer(body) && body.length > 0 ? `&${body.toString('base64')}` : '';
    const message = Buffer.from(`${req.method}&${req.url}${withBody}`);
    if (!verify('RSA-SHA256', message, key, Buffer.from(digest, 'base64')))
      throw unauthorized(
        'The X-Yoti-Auth-Digest signature does not match this request (method, path with query, body) for this SDK id.',
      );
    const timestamp = Number(query.get('timestamp'));
    const t = now();
    if (!Number.isFinite(timestamp) || Math.abs(t - timestamp) > windowMs)
      throw unauthorized(
        `The timestamp is missing or more than ${windowMs / 60_000} minutes from the server clock (milliseconds since the epoch expected).`,
      );
    const nonce = query.get('nonce');
    if (!nonce) throw unauthorized('The nonce query parameter is missing.');
    if (!nonces.claim(nonce, Math.max(t, timestamp) + windowMs, t))
      throw unauthorized('This nonce was already used: every request needs a new one.');
    res.locals.sdkId = sdkId;
    next();
  };
}
