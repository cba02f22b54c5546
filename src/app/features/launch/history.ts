/** Launch history rows: what each launch asked for, and the state it is in now. */
import { summarizeSpec } from '@/app/features/templates/summary';
import { validateSpec, type SessionSpec } from '@/spec/index';
import type { Launch } from './api/schemas';
import type { Remote } from './remote';
import type { SessionResult } from './api/schemas';

/** The spec a launch used, when it still parses (the server masks its secrets). */
export function launchSpec(launch: Launch): SessionSpec | undefined {
  return validateSpec(launch.spec).spec ?? undefined;
}

/** "2 checks · 1 document · notifications", or why the spec cannot be shown. */
export function launchSummary(launch: Launch): string {
  const spec = launchSpec(launch);
  if (!spec) return 'Spec not readable';
  const summary = summarizeSpec(spec);
  return spec.notifications ? `${summary} · notifications` : summary;
}

/** What the history shows as a launch's state. */
export function launchState(launch: Launch, result: Remote<SessionResult> | undefined): string {
  if (launch.deleted_at !== null) return 'DELETED';
  if (result?.data) return result.data.state;
  if (result?.status === 'error') return result.code === 'session_not_found' ? 'GONE' : 'UNKNOWN';
  return 'LOADING';
}

/** Whether the auth token in this spec is the server's mask rather than the real one. */
export const hasMaskedSecret = (spec: SessionSpec): boolean =>
  JSON.stringify(spec).includes('"********"');

/** "9f0103eb…" */
export const shortId = (id: string): string => (id.length > 12 ? `${id.slice(0, 8)}…` : id);

/** A local date and time, "25 Nov, 18:15:21". */
export function formatTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(undefined, {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
}
