/** What a check or task looks like when switched on: valid, with Yoti's recommended settings. */
import type { CheckType, RequestedCheck, RequestedTask, SessionSpec, TaskType } from './schema';

export const DEFAULT_CHECKS: { readonly [T in CheckType]: Extract<RequestedCheck, { type: T }> } = {
  ID_DOCUMENT_AUTHENTICITY: { type: 'ID_DOCUMENT_AUTHENTICITY', config: {} },
  LIVENESS: { type: 'LIVENESS', config: { max_retries: 3, liveness_type: 'STATIC' } },
  ID_DOCUMENT_FACE_MATCH: { type: 'ID_DOCUMENT_FACE_MATCH', config: { manual_check: 'FALLBACK' } },
  FACE_COMPARISON: { type: 'FACE_COMPARISON', config: { manual_check: 'NEVER' } },
  ID_DOCUMENT_COMPARISON: { type: 'ID_DOCUMENT_COMPARISON', config: {} },
  THIRD_PARTY_IDENTITY: { type: 'THIRD_PARTY_IDENTITY', config: {} },
  WATCHLIST_SCREENING: {
    type: 'WATCHLIST_SCREENING',
    config: { categories: ['ADVERSE-MEDIA', 'SANCTIONS'] },
  },
  WATCHLIST_ADVANCED_CA: {
    type: 'WATCHLIST_ADVANCED_CA',
    config: {
      type: 'WITH_YOTI_ACCOUNT',
      remove_deceased: false,
      share_url: false,
      sources: { type: 'TYPE_LIST', types: ['pep', 'fitness-probity', 'warning'] },
      matching_strategy: { type: 'EXACT' },
    },
  },
  IBV_VISUAL_REVIEW_CHECK: { type: 'IBV_VISUAL_REVIEW_CHECK', config: { manual_check: 'IBV' } },
  DOCUMENT_SCHEME_VALIDITY_CHECK: {
    type: 'DOCUMENT_SCHEME_VALIDITY_CHECK',
    config: { manual_check: 'IBV', scheme: 'UK_DBS' },
  },
  PROFILE_DOCUMENT_MATCH: { type: 'PROFILE_DOCUMENT_MATCH', config: { manual_check: 'IBV' } },
};

export const DEFAULT_TASKS: { readonly [T in TaskType]: Extract<RequestedTask, { type: T }> } = {
  ID_DOCUMENT_TEXT_DATA_EXTRACTION: {
    type: 'ID_DOCUMENT_TEXT_DATA_EXTRACTION',
    config: { manual_check: 'FALLBACK' },
  },
  SUPPLEMENTARY_DOCUMENT_TEXT_DATA_EXTRACTION: {
    type: 'SUPPLEMENTARY_DOCUMENT_TEXT_DATA_EXTRACTION',
    config: { manual_check: 'FALLBACK' },
  },
};

/** A new, empty spec: what "start from scratch" gives. */
export const emptySpec = (): SessionSpec => ({
  requested_checks: [],
  requested_tasks: [],
  required_documents: [],
});
