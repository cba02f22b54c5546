import type { EventBus } from '../events';
import { maskHeaders } from '../secrets';
import { deliveryView, type DeliveryStore, type StoredDelivery } from '../store/deliveries';
import type { LaunchStore } from '../store/launches';
import { authDigest, judgeDelivery, type ReceiverVerdict } from './judge';

/** Bodies are kept up to this size; the rest is cut (the receiver accepts up to 1 MB). */
const MAX_STORED_BODY = 64 * 1024;

/** What the receiver answers: 200 only when accepted, since Yoti retries anything else. */
const STATUS: Record<ReceiverVerdict, number> = {
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

/** Checks notification deliveries against the launch they name and records each one. */
export function createReceiver({ launches, deliveries, events, secret, now }: ReceiverDeps) {
  const digestOf = (authorization: string | undefined) =>
    authorization === undefined ? null : authDigest(secret, authorization);

  /** Commits the delivery, then tells the SSE listeners. */
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
      const digest = digestOf(authorization);
      const judgement = judgeDelivery(body, digest, launches, secret);
      return record({
        ...judgement,
        received_at: now(),
        source: 'receiver',
        status: STATUS[judgement.verdict],
        headers: maskHeaders(headers),
        body: body.slice(0, MAX_STORED_BODY),
        auth_digest: digest,
        replay_of: null,
      });
    },

    /** Judges a stored delivery again, e.g. after its launch was recorded; records the new verdict. */
    replay(id: number): StoredDelivery | undefined {
      const original = deliveries.get(id);
      if (!original) return undefined;
      const judgement = judgeDelivery(original.body, original.auth_digest, launches, secret);
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
        auth_digest: digestOf(input.headers.authorization),
        replay_of: null,
      });
    },
  };
}

export type Receiver = ReturnType<typeof createReceiver>;
