import type { CheckType, SessionSpec } from '../../src/spec/index';
import type { SandboxSession } from '../store/sandbox-sessions';
import { noResources, provideResources, type Resources, type Stamp } from './resources';

export const RECOMMENDATIONS = ['APPROVE', 'REJECT', 'NOT_AVAILABLE'] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];
/** What the tester chose for one requested check. */
export type CheckOutcome = { value: Recommendation; reason?: string };
/** What the user flow posts to its parent window. */
export type FlowEvent = { eventType: 'SUCCESS' } | { eventType: 'ERROR'; eventCode: number };

export type CheckResult = {
  type: CheckType;
  id: string;
  state: 'DONE';
  resources_used: string[];
  generated_media: never[];
  report: {
    recommendation: { value: Recommendation; reason?: string };
    breakdown: { sub_check: string; result: 'PASS' | 'FAIL'; details: never[] }[];
  };
  created: string;
  last_updated: string;
};

/** What completing the flow produced; stored as the session's result_json. */
export type Completion = {
  completed_at: number;
  event: FlowEvent;
  biometric_consent?: string;
  checks: CheckResult[];
  resources: Resources;
  identity_profile?: {
    subject_id?: string;
    result: 'DONE' | 'ABORTED';
    failure_reason?: { reason_code: string };
  };
};

const SUB_CHECKS: Partial<Record<CheckType, string[]>> = {
  ID_DOCUMENT_AUTHENTICITY: ['document_in_date', 'fraud_list_check', 'no_sign_of_tampering'],
  LIVENESS: ['liveness_auth'],
  ID_DOCUMENT_FACE_MATCH: ['ai_face_match'],
  FACE_COMPARISON: ['ai_face_match'],
  WATCHLIST_SCREENING: ['sanctions', 'adverse_media'],
};

function resourcesUsed(type: CheckType, r: Resources): string[] {
  const ids = (list: { id: string }[]) => list.map((x) => x.id);
  const firstDocument = ids(r.id_documents).slice(0, 1);
  switch (type) {
    case 'LIVENESS':
      return ids(r.liveness_capture);
    case 'ID_DOCUMENT_FACE_MATCH':
      return [...firstDocument, ...ids(r.liveness_capture)];
    case 'FACE_COMPARISON':
      return [...ids(r.face_capture), ...ids(r.liveness_capture)];
    case 'ID_DOCUMENT_AUTHENTICITY':
    case 'ID_DOCUMENT_COMPARISON':
      return ids(r.id_documents);
    case 'IBV_VISUAL_REVIEW_CHECK':
    case 'DOCUMENT_SCHEME_VALIDITY_CHECK':
    case 'PROFILE_DOCUMENT_MATCH':
      return [...ids(r.id_documents), ...ids(r.supplementary_documents)];
    default:
      return firstDocument;
  }
}

/**
 * The result of a flow the tester finished: resources for what the spec asks, and one check per
 * requested check with the chosen recommendation. Abandoned flows provide no resources and their
 * checks are NOT_AVAILABLE.
 */
export function completeSession(
  spec: SessionSpec,
  outcomes: readonly CheckOutcome[],
  event: FlowEvent,
  s: Stamp & { now: number },
): Completion {
  const abandoned = event.eventType === 'ERROR';
  const resources = abandoned ? noResources() : provideResources(spec, s);
  const checks = spec.requested_checks.map((check, index): CheckResult => {
    const outcome: CheckOutcome = abandoned
      ? { value: 'NOT_AVAILABLE' }
      : (outcomes[index] ?? { value: 'APPROVE' });
    const names = SUB_CHECKS[check.type] ?? [check.type.toLowerCase()];
    const breakdown =
      outcome.value === 'NOT_AVAILABLE'
        ? []
        : names.map((sub_check, n) => ({
            sub_check,
            result: outcome.value === 'REJECT' && n === 0 ? ('FAIL' as const) : ('PASS' as const),
            details: [],
          }));
    return {
      type: check.type,
      id: s.uuid(),
      state: 'DONE',
      resources_used: resourcesUsed(check.type, resources),
      generated_media: [],
      report: {
        recommendation: {
          value: outcome.value,
          ...(outcome.reason ? { reason: outcome.reason } : {}),
        },
        breakdown,
      },
      created: s.at,
      last_updated: s.at,
    };
  });
  const consent =
    !abandoned && resources.liveness_capture.length > 0 && !spec.block_biometric_consent;
  const approved = !abandoned && checks.every((c) => c.report.recommendation.value === 'APPROVE');
  const profile = spec.identity_profile_requirements ?? spec.advanced_identity_profile_requirements;
  return {
    completed_at: s.now,
    event,
    ...(consent ? { biometric_consent: s.at } : {}),
    checks,
    resources,
    ...(profile
      ? {
          identity_profile: {
            ...(spec.subject ? { subject_id: spec.subject.subject_id } : {}),
            result: approved ? ('DONE' as const) : ('ABORTED' as const),
            ...(approved
              ? {}
              : {
                  failure_reason: {
                    reason_code: abandoned ? 'USER_ABANDONED' : 'UNABLE_TO_COMPLETE_CHECKS',
                  },
                }),
          },
        }
      : {}),
  };
}

/** GET /sessions/{id} in the documented shape (reference §10.2). */
export function sessionResult(
  row: SandboxSession,
  spec: SessionSpec,
  completion: Completion | undefined,
  now: number,
) {
  const expired = row.state === 'ONGOING' && now >= row.expires_at;
  return {
    client_session_token_ttl: Math.max(0, Math.floor((row.expires_at - now) / 1000)),
    session_id: row.session_id,
    ...(spec.user_tracking_id !== undefined ? { user_tracking_id: spec.user_tracking_id } : {}),
    state: expired ? 'EXPIRED' : row.state,
    client_session_token: row.client_session_token,
    ...(completion?.biometric_consent ? { biometric_consent: completion.biometric_consent } : {}),
    checks: completion?.checks ?? [],
    resources: completion?.resources ?? noResources(),
    ...(completion?.identity_profile ? { identity_profile: completion.identity_profile } : {}),
  };
}
