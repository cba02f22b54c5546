import type { Db } from './db';

/** What the receiver decided about one notification delivery. */
export const VERDICTS = [
  'accepted',
  'rejected-auth',
  'unknown-session',
  'malformed',
  'refused-ssrf',
] as const;
export type Verdict = (typeof VERDICTS)[number];

/** One delivery as stored (headers already masked). */
export type Delivery = {
  id: number;
  /** Milliseconds since the epoch. */
  received_at: number;
  /** `receiver`: arrived at POST /api/notifications/yoti; `sandbox`: the sandbox refused to send it. */
  source: 'receiver' | 'sandbox';
  session_id: string | null;
  topic: string | null;
  verdict: Verdict;
  /** The HTTP status the receiver answered, or null when nothing was sent. */
  status: number | null;
  reason: string;
  headers: Record<string, string>;
  body: string;
  replay_of: number | null;
};

/** A delivery plus what replays need: an HMAC of the Authorization header (never the header). */
export type StoredDelivery = Delivery & { auth_digest: string | null };

type Row = Omit<StoredDelivery, 'headers'> & { headers_json: string };

const fromRow = ({ headers_json, ...row }: Row): StoredDelivery => ({
  ...row,
  headers: JSON.parse(headers_json) as Record<string, string>,
});

/** Notification deliveries in SQLite; every insert is committed before it returns. */
export function deliveryStore(db: Db) {
  const insert = db.prepare(
    `INSERT INTO notifications (received_at, source, session_id, topic, verdict, status, reason,
       headers_json, body, auth_digest, replay_of)
     VALUES (@received_at, @source, @session_id, @topic, @verdict, @status, @reason,
       @headers_json, @body, @auth_digest, @replay_of)`,
  );
  const byId = db.prepare('SELECT * FROM notifications WHERE id = ?');
  const forSession = db.prepare(
    'SELECT * FROM notifications WHERE session_id = ? ORDER BY id DESC LIMIT ?',
  );
  const newest = db.prepare('SELECT * FROM notifications ORDER BY id DESC LIMIT ?');

  return {
    add(delivery: Omit<StoredDelivery, 'id'>): StoredDelivery {
      const { headers, ...rest } = delivery;
      const result = insert.run({ ...rest, headers_json: JSON.stringify(headers) });
      return { ...delivery, id: Number(result.lastInsertRowid) };
    },
    get(id: number): StoredDelivery | undefined {
      const row = byId.get(id) as Row | undefined;
      return row && fromRow(row);
    },
    /** Newest first, optionally for one session. */
    list(sessionId: string | undefined, limit: number): StoredDelivery[] {
      const rows = (sessionId ? forSession.all(sessionId, limit) : newest.all(limit)) as Row[];
      return rows.map(fromRow);
    },
  };
}

export type DeliveryStore = ReturnType<typeof deliveryStore>;

/** A delivery as the API shows it: fixed key order, ISO time, no auth digest. */
export type DeliveryView = Omit<Delivery, 'received_at'> & { received_at: string };

export const deliveryView = (d: StoredDelivery): DeliveryView => ({
  id: d.id,
  received_at: new Date(d.received_at).toISOString(),
  source: d.source,
  session_id: d.session_id,
  topic: d.topic,
  verdict: d.verdict,
  status: d.status,
  reason: d.reason,
  headers: d.headers,
  body: d.body,
  replay_of: d.replay_of,
});
