import type { RequestHandler } from 'express';
import { ApiError } from './errors';

/**
 * Security headers on every response. The CSP lets Monaco's workers run (blob:), MUI/emotion and
 * Monaco inject styles ('unsafe-inline' styles only; scripts stay 'self'), and the user flow be
 * framed from this app or the Yoti API origin.
 */
export function securityHeaders(frameOrigins: readonly string[]): RequestHandler {
  const frames = ["'self'", ...new Set(frameOrigins)].join(' ');
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "worker-src 'self' blob:",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    `frame-src ${frames}`,
    "frame-ancestors 'self'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
  return (_req, res, next) => {
    res.setHeader('Content-Security-Policy', csp);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('X-Frame-Options', 'SAMEORIGIN');
    next();
  };
}

const isJson = (contentType: string | undefined) =>
  (contentType ?? '').split(';', 1)[0]?.trim().toLowerCase() === 'application/json';

/**
 * For state-changing routes: only same-origin requests, and POSTs only with a JSON content type
 * (which a cross-site form cannot send). Browsers send Sec-Fetch-Site, which pages cannot forge;
 * older ones send Origin. Clients that send neither (curl, scripts) are not browsers, so CSRF does
 * not apply to them.
 */
export function sameOriginJson(trustedOrigins: readonly string[]): RequestHandler {
  return (req, _res, next) => {
    const site = req.get('sec-fetch-site');
    const origin = req.get('origin');
    const ownOrigin = `${req.protocol}://${req.get('host') ?? ''}`;
    const crossSite =
      site !== undefined
        ? site !== 'same-origin'
        : origin !== undefined && origin !== ownOrigin && !trustedOrigins.includes(origin);
    if (crossSite)
      throw new ApiError(
        403,
        'cross_origin',
        'This action is only accepted from the Studio page itself (same origin).',
      );
    if (req.method === 'POST' && !isJson(req.get('content-type')))
      throw new ApiError(
        415,
        'unsupported_media_type',
        'Send the request body as JSON with Content-Type: application/json.',
      );
    next();
  };
}
