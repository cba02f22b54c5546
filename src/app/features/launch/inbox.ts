/** Notification deliveries as the inbox shows them: merged, grouped by session, labelled. */
import { describeField } from '@/spec/index';
import type { Delivery } from './api/schemas';

/** Adds or replaces deliveries by id; newest (highest id) first. */
export function mergeDeliveries(
  current: readonly Delivery[],
  incoming: readonly Delivery[],
): Delivery[] {
  const byId = new Map(current.map((d) => [d.id, d]));
  for (const d of incoming) byId.set(d.id, d);
  return [...byId.values()].sort((a, b) => b.id - a.id);
}

/** One inbox group: a session's deliveries (`sessionId` null for those naming no session). */
export interface DeliveryGroup {
  sessionId: string | null;
  deliveries: Delivery[];
}

/** Groups deliveries by session, keeping the order of each group's newest delivery. */
export function groupBySession(deliveries: readonly Delivery[]): DeliveryGroup[] {
  const groups = new Map<string | null, Delivery[]>();
  for (const d of deliveries) {
    const list = groups.get(d.session_id);
    if (list) list.push(d);
    else groups.set(d.session_id, [d]);
  }
  return [...groups].map(([sessionId, list]) => ({ sessionId, deliveries: list }));
}

/** How many deliveries each session has. */
export function countBySession(deliveries: readonly Delivery[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of deliveries)
    if (d.session_id !== null) counts.set(d.session_id, (counts.get(d.session_id) ?? 0) + 1);
  return counts;
}

/** A verdict for people: a short label, whether it is good, and a colour. */
export interface VerdictView {
  label: string;
  tone: 'success' | 'error' | 'warning';
}

const VERDICT_VIEWS: Record<string, VerdictView> = {
  accepted: { label: 'Accepted', tone: 'success' },
  'rejected-auth': { label: 'Rejected: authorization', tone: 'error' },
  'unknown-session': { label: 'Rejected: unknown session', tone: 'error' },
  malformed: { label: 'Rejected: malformed', tone: 'error' },
  'refused-ssrf': { label: 'Refused by the sandbox', tone: 'warning' },
};

export const describeVerdict = (verdict: string): VerdictView =>
  VERDICT_VIEWS[verdict] ?? { label: verdict, tone: 'warning' };

/** `check_completion` → "Check completed" (catalogue label of CHECK_COMPLETION). */
export function topicLabel(topic: string | null): string {
  if (topic === null) return 'No topic';
  const values = describeField('notifications.topics')?.values ?? {};
  return values[topic.toUpperCase()]?.label ?? topic;
}

/** The body as indented JSON when it parses, else as received. */
export function prettyBody(body: string): string {
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}
