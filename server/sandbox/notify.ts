import type { SessionSpec } from '../../src/spec/index';
import { RECEIVER_PATH } from '../config';
import { send, SendError } from '../http/send';
import type { Receiver } from '../notifications/receiver';
import type { Completion } from './result';

/** What happened to one notification the sandbox meant to send. */
export type DeliveryOutcome = {
  topic: string;
  endpoint: string;
  outcome: 'delivered' | 'failed' | 'refused';
  /** The HTTP status the endpoint answered (delivered only). */
  status?: number;
  message: string;
  /** The recorded delivery, for refused ones. */
  delivery_id?: number;
};

export type NotifierDeps = {
  /** This app's origins; deliveries there may only go to its receiver path. */
  ownOrigins: readonly string[];
  /** Extra hosts (host or host:port) that may receive notifications. */
  allow: readonly string[];
  receiver: Receiver;
  timeoutMs?: number;
};

/** The payloads for the subscribed topics, in the order Yoti fires them (reference §6.2). */
export function plannedNotifications(spec: SessionSpec, sessionId: string, completion: Completion) {
  const topics = new Set(spec.notifications?.topics ?? []);
  const r = completion.resources;
  const resources = [
    ...r.id_documents,
    ...r.supplementary_documents,
    ...r.liveness_capture,
    ...r.face_capture,
  ];
  const base = { session_id: sessionId };
  return [
    ...(topics.has('RESOURCE_UPDATE')
      ? resources.map((x) => ({ ...base, topic: 'resource_update', resource_id: x.id }))
      : []),
    ...(topics.has('TASK_COMPLETION')
      ? resources.flatMap((x) =>
          x.tasks.map((t) => ({ ...base, topic: 'task_completion', task_id: t.id })),
        )
      : []),
    ...(topics.has('CHECK_COMPLETION')
      ? completion.checks.map((c) => ({ ...base, topic: 'check_completion', check_id: c.id }))
      : []),
    ...(topics.has('SESSION_COMPLETION') ? [{ ...base, topic: 'session_completion' }] : []),
  ];
}

/** Why the sandbox will not send to this address, or undefined when it may. */
export function refusal(
  endpoint: string,
  ownOrigins: readonly string[],
  allow: readonly string[],
): string | undefined {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return 'The notification endpoint is not a valid URL.';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return 'Only http and https endpoints are supported.';
  if (url.username || url.password) return 'Endpoints with credentials in the URL are not allowed.';
  if (ownOrigins.includes(url.origin))
    return url.pathname === RECEIVER_PATH
      ? undefined
      : `On this app's own address the sandbox only delivers to its receiver, ${RECEIVER_PATH}.`;
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  if (allow.some((entry) => entry === url.hostname || entry === `${url.hostname}:${port}`))
    return undefined;
  return `The sandbox only delivers to this app's receiver or to hosts in SANDBOX_NOTIFY_ALLOW; ${url.host} is neither.`;
}

/** Sends a completed session's notifications one by one, with the spec's auth settings. */
export async function deliverNotifications(
  spec: SessionSpec,
  sessionId: string,
  completion: Completion,
  deps: NotifierDeps,
): Promise<DeliveryOutcome[]> {
  const config = spec.notifications;
  if (!config) return [];
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'user-agent': 'IDV-Session-Studio-Sandbox',
  };
  if (config.auth_token)
    headers.authorization =
      config.auth_type === 'BEARER'
        ? `Bearer ${config.auth_token}`
        : `Basic ${Buffer.from(config.auth_token).toString('base64')}`;
  const refused = refusal(config.endpoint, deps.ownOrigins, deps.allow);
  const outcomes: DeliveryOutcome[] = [];
  for (const payload of plannedNotifications(spec, sessionId, completion)) {
    const body = JSON.stringify(payload);
    const common = { topic: payload.topic, endpoint: config.endpoint };
    if (refused) {
      const record = deps.receiver.refused({
        session_id: sessionId,
        topic: payload.topic,
        headers,
        body,
        reason: refused,
      });
      outcomes.push({ ...common, outcome: 'refused', message: refused, delivery_id: record.id });
      continue;
    }
    try {
      const answer = await send(config.endpoint, {
        method: 'POST',
        headers,
        body,
        timeoutMs: deps.timeoutMs ?? 5000,
        maxBytes: 64 * 1024,
      });
      outcomes.push({
        ...common,
        outcome: 'delivered',
        status: answer.status,
        message: `Answered ${answer.status}.`,
      });
    } catch (error) {
      const timedOut = error instanceof SendError && error.kind === 'timeout';
      outcomes.push({
        ...common,
        outcome: 'failed',
        message: timedOut
          ? 'The endpoint did not answer in time.'
          : 'The endpoint could not be reached.',
      });
    }
  }
  return outcomes;
}
