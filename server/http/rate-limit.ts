import type { RequestHandler } from 'express';
import { ApiError } from './errors';

/** A token bucket: `capacity` requests at once, refilled at `perMinute` a minute. */
export function tokenBucket(perMinute: number, now: () => number, capacity = perMinute) {
  let tokens = capacity;
  let last = now();
  return {
    /** Takes a token, or says how many seconds until one is free. */
    take(): { ok: true } | { ok: false; retryAfterSeconds: number } {
      const t = now();
      tokens = Math.min(capacity, tokens + ((t - last) / 60_000) * perMinute);
      last = t;
      if (tokens >= 1) {
        tokens -= 1;
        return { ok: true };
      }
      return { ok: false, retryAfterSeconds: Math.ceil(((1 - tokens) * 60) / perMinute) };
    },
  };
}

/** Rate-limits a route with one shared bucket; 0 per minute switches the limit off. */
export function rateLimit(perMinute: number, now: () => number, what: string): RequestHandler {
  if (perMinute <= 0) return (_req, _res, next) => next();
  const bucket = tokenBucket(perMinute, now);
  return (_req, res, next) => {
    const taken = bucket.take();
    if (taken.ok) return next();
    res.setHeader('Retry-After', String(taken.retryAfterSeconds));
    throw new ApiError(
      429,
      'rate_limited',
      `Too many ${what}: at most ${perMinute} a minute. Try again in ${taken.retryAfterSeconds} s.`,
      { retryAfterSeconds: taken.retryAfterSeconds },
    );
  };
}
