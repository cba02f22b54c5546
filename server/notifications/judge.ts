import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { Verdict } from '../store/deliveries';
import { notificationsOf, type LaunchStore } from '../store/launches';

const payloadSchema = z.object({ session_id: z.string().min(1), topic: z.string().min(1) });

export type ReceiverVerdict = Exclude<Verdict, 'refused-ssrf'>;
export type Judgement = {
  verdict: ReceiverVerdict;
  reason: string;
  session_id: string | null;
  topic: string | null;
};

/** HMAC of an Authorization value, scheme lower-cased: lets replays re-check it unstored. */
export function authDigest(secret: Buffer, authorization: string): string {
  const match = /^\s*(\S+)\s+(.*?)\s*$/.exec(authorization);
  const normalized = match ? `${match[1]!.toLowerCase()} ${match[2]}` : authorization.trim();
  return createHmac('sha256', secret).update(normalized).digest('hex');
}

const sameDigest = (a: string, b: string) =>
  timingSafeEqual(Buffer.from(a, 'hex'), Buffer.from(b, 'hex'));

/**
 * Decides about one delivery: is the body Yoti's shape, is the session one of our launches, and
 * does the Authorization match the launch's `auth_token` (Basic: base64 of it; Bearer: as is;
 * either when the launch left `auth_type` out, which Yoti does not document).
 */
export function judgeDelivery(
  body: string,
  digest: string | null,
  launches: LaunchStore,
  secret: Buffer,
): Judgement {
  const malformed = (reason: string): Judgement => ({
    verdict: 'malformed',
    reason,
    session_id: null,
    topic: null,
  });
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return malformed('The body is not JSON.');
  }
  const payload = payloadSchema.safeParse(value);
  if (!payload.success) return malformed('The body needs string fields session_id and topic.');
  const { session_id, topic } = payload.data;
  const verdict = (v: ReceiverVerdict, reason: string): Judgement => ({
    verdict: v,
    reason,
    session_id,
    topic,
  });
  const launch = launches.get(session_id);
  if (!launch)
    return verdict('unknown-session', 'No session with this id was launched from Studio.');
  const config = notificationsOf(launch);
  const token = config?.auth_token;
  if (!token)
    return verdict('accepted', 'Accepted: the launch set no auth_token, so nothing to check.');
  const type = config.auth_type;
  const expected = [
    ...(type !== 'BEARER' ? [`Basic ${Buffer.from(token).toString('base64')}`] : []),
    ...(type !== 'BASIC' ? [`Bearer ${token}`] : []),
  ];
  const scheme = type ? type.charAt(0) + type.slice(1).toLowerCase() : 'Basic or Bearer';
  if (digest === null)
    return verdict(
      'rejected-auth',
      `No Authorization header; expected ${scheme} with the launch's auth_token.`,
    );
  if (!expected.some((value) => sameDigest(authDigest(secret, value), digest)))
    return verdict(
      'rejected-auth',
      `The Authorization header does not match ${scheme} with the launch's auth_token.`,
    );
  return verdict('accepted', 'Accepted: the Authorization header matches the launch.');
}
