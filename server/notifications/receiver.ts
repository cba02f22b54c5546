import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { EventBus } from '../events';
import { maskHeaders } from '../secrets';
import {
  deliveryView,
  type DeliveryStore,
  type StoredDelivery,
  type Verdict,
} from '../store/deliveries';
import { notificationsOf, type LaunchStore } from '../store/launches';

const payloadSchema = z.object({ session_id: z.string().min(1), topic: z.string().min(1) });

/** Bodies are kept up to this size; the rest is cut (the receiver accepts up to 1 MB). */
const MAX_STORED_BODY = 64 * 1024;

const STATUS: Record<Exclude<Verdict, 'refused-ssrf'>, number> = {
  accepted: 200,
  'rejected-auth': 401,
  'unknown-session': 404,
  malformed: 400,
};

export type ReceiverDeps = {
  launches: LaunchStore;
  deliveries: DeliveryStore;
  events: EventBus;
  /** Key for the HMAC of Authorization headers, so replays can re-check them without storing them. */
  secret: Buffer;
  now: () => number;
};

type Judgement = {
  verdict: Exclude<Verdict, 'refused-ssrf'>;
  reason: string;
  session_id: string | null;
  topic: string | null;
};

/** Checks notification deliveries against the launch they name and records each one. */
export function createReceiver({ launches, deliveries, events, secret, now }: ReceiverDeps) {
  /** HMAC of a normalized Authorization value (`scheme` lower-cased, one space). */
  const digest = (authorization: string): string => {
    const match = /^\s*(\S+)\s+(.*?)\s*$/.exec(authorization);
    const normalized = match ? `${match[1]!.toLowerCase()} ${match[2]}` : authorization.trim();
    return createHmac('sha256', secret).update(normalized).digest('hex');
  };
  const sameDigest = (a: string, b: string) =>
    timingSafeEqual(Buffer.from(a, 'hex'), Buffer.from(b, 'hex'));

  function judge(body: string, authDigest: string | null): Judgement {
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch {
      return {
        verdict: 'malformed',
        reason: 'The body is not JSON.',
        session_id: null,
        topic: null,
      };
    }
    const payload = payloadSchema.safeParse(value);
    if (!payload.success)
      return {
        verdict: 'malformed',
        reason: 'The body needs string fields session_id and topic.',
        session_id: null,
        topic: null,
      };
    const { session_id, topic } = payload.data;
    const launch = launches.get(session_id);
    if (!launch)
      return {
        verdict: 'unknown-session',
        reason: 'No session with this id was launched from Studio.',
        session_id,
        topic,
      };
    const config = notificationsOf(launch);
    const token = config?.auth_token;
    if (!token)
      return {
        verdict: 'accepted',
        reason: 'Accepted: the launch set no auth_token, so nothing to check.',
        session_id,
        topic,
      };
    const expected = [
      ...(config.auth_type !== 'BEARER' ? [`Basic ${Buffer.from(token).toString('base64')}`] : []),
      ...(config.auth_type !== 'BASIC' ? [`Bearer ${token}`] : []),
    ];
    const scheme = config.auth_type
      ? config.auth_type.charAt(0) + config.auth_type.slice(1).toLowerCase()
      : 'Basic or Bearer';
    if (authDigest === null)
      return {
        verdict: 'rejected-auth',
        reason: `No Authorization header; expected ${scheme} with the launch's auth_token.`,
        session_id,
        topic,
      };
    if (!expected.some((value) => sameDigest(digest(value), authDigest)))
      return {
        verdict: 'rejected-auth',
        reason: `The Authorization header does not match ${scheme} with the launch's auth_token.`,
        session_id,
        topic,
      };
    return {
      verdict: 'accepted',
      reason: 'Accepted: the Authorization header matches the launch.',
      session_id,
      topic,
    };
  }

  function record(delivery: Omit<StoredDelivery, 'id'>): StoredDelivery {
    const stored = deliveries.add(delivery);
    events.publish({ type: 'notification', data: deliveryView(stored) });
    return stored;
  }

  return {
    /** A delivery that arrived at the receiver: judged, committed, then published. */
    receive(headers: Record<string, string | string[] | undefined>, body: string): StoredDelivery {
      const authorization =
        typeof headers.authorization === 'string' ? headers.authorization : undefined;
      const authDigest = authorization === undefined ? null : digest(authorization);
      const judgement = judge(body, authDigest);
      return record({
        ...judgement,
        received_at: now(),
        source: 'receiver',
        status: STATUS[judgement.verdict],
        headers: maskHeaders(headers),
        body: body.slice(0, MAX_STORED_BODY),
        auth_digest: authDigest,
        replay_of: null,
      });
    },
    /** Judges a stored delivery again, e.g. after its launch was recorded; records the new verdict. */
    replay(id: number): StoredDelivery | undefined {
      const original = deliveries.get(id);
      if (!original) return undefined;
      const judgement = judge(original.body, original.auth_digest);
      return record({
        ...original,
        ...judgement,
        received_at: now(),
        status: STATUS[judgement.verdict],
        replay_of: original.id,
      });
    },
    /** A delivery the sandbox refused to send (address not allowed); recorded so it shows. */
    refused(input: {
      session_id: string;
      topic: string;
      headers: Record<string, string>;
      body: string;
      reason: string;
    }): StoredDelivery {
      const authorization = input.headers.authorization;
      return record({
        session_id: input.session_id,
        topic: input.topic,
        verdict: 'refused-ssrf',
        reason: input.reason,
        received_at: now(),
        source: 'sandbox',
        status: null,
        headers: maskHeaders(input.headers),
        body: input.body,
        auth_digest: authorization === undefined ? null : digest(authorization),
        replay_of: null,
      });
    },
  };
}

export type Receiver = ReturnType<typeof createReceiver>;
