/** The session result (GET /api/sessions/:id) arranged for the results view. */
import { CHECKS, TASKS } from '@/spec/index';
import type { ResultResource, SessionResult } from './api/schemas';

const labelOf = (list: readonly { type: string; entry: { label: string } }[], type: string) =>
  list.find((i) => i.type === type)?.entry.label ?? type;

/** "Liveness", "Document authenticity", … (the raw type when the catalogue does not know it). */
export const checkLabel = (type: string): string => labelOf(CHECKS, type);
export const taskLabel = (type: string): string => labelOf(TASKS, type);

export type Tone = 'success' | 'error' | 'warning' | 'default';

const TONES: Record<string, Tone> = {
  APPROVE: 'success',
  PASS: 'success',
  DONE: 'success',
  COMPLETED: 'success',
  REJECT: 'error',
  FAIL: 'error',
  EXPIRED: 'error',
  ABORTED: 'error',
  NOT_AVAILABLE: 'warning',
  ONGOING: 'default',
};

/** The colour of a result value (APPROVE, FAIL, ONGOING, …). */
export const toneOf = (value: string): Tone => TONES[value] ?? 'default';

type ResourceKind =
  | 'id_documents'
  | 'supplementary_documents'
  | 'liveness_capture'
  | 'face_capture'
  | 'applicant_profiles'
  | 'share_codes';

const RESOURCE_LABELS: [ResourceKind, string][] = [
  ['id_documents', 'ID document'],
  ['supplementary_documents', 'Supplementary document'],
  ['liveness_capture', 'Liveness capture'],
  ['face_capture', 'Face capture'],
  ['applicant_profiles', 'Applicant profile'],
  ['share_codes', 'Share code'],
];

/** One resource as a row: kind, what it is, where it came from, its tasks. */
export interface ResourceRow {
  id: string;
  kind: string;
  detail: string;
  source: string;
  tasks: { type: string; state: string }[];
}

function detailOf(r: ResultResource): string {
  if (r.document_type)
    return [r.document_type, r.issuing_country && `issued in ${r.issuing_country}`]
      .filter(Boolean)
      .join(' ');
  if (r.liveness_type) return `${r.liveness_type} liveness`;
  return '';
}

/** Every resource the session collected, in the order of Yoti's result. */
export function resourceRows(result: SessionResult): ResourceRow[] {
  return RESOURCE_LABELS.flatMap(([key, kind]) =>
    (result.resources?.[key] ?? []).map((r) => ({
      id: r.id,
      kind,
      detail: detailOf(r),
      source: r.source?.type ?? '',
      tasks: (r.tasks ?? []).map((t) => ({ type: t.type, state: t.state ?? '' })),
    })),
  );
}

/** Every task across the resources, with the resource it ran on. */
export function taskRows(result: SessionResult) {
  return resourceRows(result).flatMap((r) =>
    r.tasks.map((t) => ({ ...t, label: taskLabel(t.type), resource: r.kind })),
  );
}

/** "2 approved · 1 rejected" over the checks' recommendations. */
export function recommendationSummary(result: SessionResult): string {
  const counts = new Map<string, number>();
  for (const c of result.checks) {
    const value = c.report?.recommendation?.value ?? 'PENDING';
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  const words: Record<string, string> = {
    APPROVE: 'approved',
    REJECT: 'rejected',
    NOT_AVAILABLE: 'not available',
    PENDING: 'pending',
  };
  return [...counts].map(([value, n]) => `${n} ${words[value] ?? value.toLowerCase()}`).join(' · ');
}

/** 598 → "9 min 58 s"; 7200 → "2 h". */
export function formatDuration(seconds: number): string {
  if (seconds <= 0) return 'expired';
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = Math.floor(seconds % 60);
  const parts = [h && `${h} h`, m && `${m} min`, s && `${s} s`].filter(Boolean);
  return parts.join(' ');
}
