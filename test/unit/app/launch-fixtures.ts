/** Server answers for the launch tests, in the shapes the Studio server sends. */
import type { Delivery, Launch, SessionResult } from '@/app/features/launch/api/schemas';

export const SESSION = '9f0103eb-64fe-4588-833e-67e07fb46613';

export const delivery = (id: number, overrides: Partial<Delivery> = {}): Delivery => ({
  id,
  received_at: '2026-11-25T18:15:24.435Z',
  source: 'receiver',
  session_id: SESSION,
  topic: 'check_completion',
  verdict: 'accepted',
  status: 200,
  reason: 'Accepted: the Authorization header matches the launch.',
  headers: { 'content-type': 'application/json', authorization: 'Bearer ********' },
  body: `{"session_id":"${SESSION}","topic":"check_completion"}`,
  replay_of: null,
  ...overrides,
});

export const launch = (overrides: Partial<Launch> = {}): Launch => ({
  session_id: SESSION,
  created_at: '2026-11-25T18:15:21.204Z',
  expires_at: '2026-11-25T18:25:21.204Z',
  deleted_at: null,
  mode: 'local-sandbox',
  api_url: 'http://127.0.0.1:8080/sandbox/idverify/v1',
  launch_url: `http://127.0.0.1:8080/sandbox/idverify/v1/web/index.html?sessionID=${SESSION}&sessionToken=t`,
  client_session_token_ttl: 600,
  spec: {
    notifications: {
      auth_token: '********',
      auth_type: 'BEARER',
      endpoint: 'http://127.0.0.1:8080/api/notifications/yoti',
      topics: ['SESSION_COMPLETION'],
    },
    requested_checks: [
      { type: 'ID_DOCUMENT_AUTHENTICITY', config: {} },
      { type: 'LIVENESS', config: { max_retries: 1, liveness_type: 'STATIC' } },
    ],
    requested_tasks: [],
    required_documents: [],
  },
  ...overrides,
});

const at = '2026-11-25T18:15:24.431Z';
const media = { id: 'm1', type: 'IMAGE', created: at, last_updated: at };

/** A completed sandbox session: document approved, liveness rejected with a reason. */
export const completedResult = (): SessionResult => ({
  client_session_token_ttl: 596,
  session_id: SESSION,
  state: 'COMPLETED',
  client_session_token: 't',
  biometric_consent: at,
  checks: [
    {
      type: 'ID_DOCUMENT_AUTHENTICITY',
      id: 'c1',
      state: 'DONE',
      resources_used: ['r1'],
      report: {
        recommendation: { value: 'APPROVE' },
        breakdown: [
          { sub_check: 'document_in_date', result: 'PASS', details: [] },
          { sub_check: 'fraud_list_check', result: 'PASS', details: [] },
        ],
      },
    },
    {
      type: 'LIVENESS',
      id: 'c2',
      state: 'DONE',
      resources_used: ['r2'],
      report: {
        recommendation: { value: 'REJECT', reason: 'PHOTO_OF_MASK' },
        breakdown: [{ sub_check: 'liveness_auth', result: 'FAIL', details: [] }],
      },
    },
  ],
  resources: {
    id_documents: [
      {
        id: 'r1',
        source: { type: 'END_USER' },
        tasks: [{ type: 'ID_DOCUMENT_TEXT_DATA_EXTRACTION', id: 't1', state: 'DONE' }],
        document_type: 'PASSPORT',
        issuing_country: 'GBR',
        pages: [{ capture_method: 'CAMERA', media, frames: [] }],
      },
    ],
    supplementary_documents: [],
    liveness_capture: [
      {
        id: 'r2',
        source: { type: 'END_USER' },
        tasks: [],
        liveness_type: 'STATIC',
        image: { media },
      },
    ],
    face_capture: [],
    applicant_profiles: [],
    share_codes: [],
  },
});
