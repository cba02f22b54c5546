import { CHECKS, DOCUMENTS, TASKS, describeField, type SessionSpec } from '../../src/spec/index';
import type { SandboxSession } from '../store/sandbox-sessions';
import { provideResources } from './resources';
import { reasonsFor, WEB_ERROR_CODES } from './vocabulary';

const entryOf = (
  list: readonly { type: string; entry: { label: string; help: string } }[],
  type: string,
) => {
  const item = list.find((i) => i.type === type);
  return { label: item?.entry.label ?? type, help: item?.entry.help ?? '' };
};

/** What the user flow page shows: the session's documents, checks and tasks with catalogue labels. */
export function describeFlow(row: SandboxSession, spec: SessionSpec) {
  const planned = provideResources(spec, { uuid: () => '', at: '' });
  const topicLabels = describeField('notifications.topics')?.values ?? {};
  return {
    session_id: row.session_id,
    expires_at: new Date(row.expires_at).toISOString(),
    documents: [
      ...planned.id_documents.map((d) => ({
        kind: 'ID_DOCUMENT',
        ...entryOf(DOCUMENTS, 'ID_DOCUMENT'),
        detail: `${d.document_type} issued in ${d.issuing_country}`,
      })),
      ...planned.supplementary_documents.map((d) => ({
        kind: 'SUPPLEMENTARY_DOCUMENT',
        ...entryOf(DOCUMENTS, 'SUPPLEMENTARY_DOCUMENT'),
        detail: `${d.document_type} issued in ${d.issuing_country}`,
      })),
    ],
    checks: spec.requested_checks.map((check, index) => ({
      index,
      type: check.type,
      ...entryOf(CHECKS, check.type),
      reasons: reasonsFor(check.type),
    })),
    tasks: spec.requested_tasks.map((task) => ({ type: task.type, ...entryOf(TASKS, task.type) })),
    notifications: spec.notifications
      ? {
          endpoint: spec.notifications.endpoint,
          topics: (spec.notifications.topics ?? []).map((t) => topicLabels[t]?.label ?? t),
        }
      : null,
    redirects: {
      success_url: spec.sdk_config?.success_url ?? null,
      error_url: spec.sdk_config?.error_url ?? null,
    },
    error_codes: Object.entries(WEB_ERROR_CODES).map(([code, label]) => ({
      code: Number(code),
      label,
    })),
  };
}
