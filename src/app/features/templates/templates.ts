/**
 * The template gallery: realistic starting points, each a complete spec in canonical key order
 * (the order `serializeSpec` writes), so a template looks the same in the editor as in the code.
 * No secrets: the webhook token is an obvious placeholder and the share link strips it anyway.
 */
import type { SessionSpec } from '@/spec/index';

export interface Template {
  /** Stable, kebab-case. */
  id: string;
  name: string;
  /** One line: what the flow does and when to pick it. */
  description: string;
  spec: SessionSpec;
}

/** A placeholder the user must replace; never a real-looking token. */
export const WEBHOOK_TOKEN_PLACEHOLDER = 'REPLACE_WITH_YOUR_WEBHOOK_TOKEN';

const webhook = (path: string, topics: NonNullable<SessionSpec['notifications']>['topics']) => ({
  auth_token: WEBHOOK_TOKEN_PLACEHOLDER,
  auth_type: 'BEARER' as const,
  endpoint: `https://example.com/${path}`,
  topics,
});

const idDocument = { type: 'ID_DOCUMENT' as const };
const authenticity = (manual_check: 'FALLBACK' | 'NEVER') => ({
  type: 'ID_DOCUMENT_AUTHENTICITY' as const,
  config: { manual_check },
});
const textExtraction = {
  type: 'ID_DOCUMENT_TEXT_DATA_EXTRACTION' as const,
  config: { manual_check: 'FALLBACK' as const },
};
const staticLiveness = {
  type: 'LIVENESS' as const,
  config: { max_retries: 3, liveness_type: 'STATIC' as const },
};

export const TEMPLATES: readonly Template[] = [
  {
    id: 'minimal-document-check',
    name: 'Minimal document check',
    description: 'Checks that one ID document is genuine and reads its text; nothing else.',
    spec: {
      client_session_token_ttl: 900,
      resources_ttl: 604800,
      requested_checks: [{ type: 'ID_DOCUMENT_AUTHENTICITY', config: {} }],
      requested_tasks: [textExtraction],
      sdk_config: { allowed_capture_methods: 'CAMERA' },
      required_documents: [idDocument],
    },
  },
  {
    id: 'full-kyc',
    name: 'Full KYC with liveness and face match',
    description:
      'UK or Irish ID document, passive liveness, face match and a third-party identity check.',
    spec: {
      client_session_token_ttl: 1800,
      resources_ttl: 2592000,
      notifications: webhook('yoti/idv/webhook', ['CHECK_COMPLETION', 'SESSION_COMPLETION']),
      requested_checks: [
        authenticity('FALLBACK'),
        staticLiveness,
        { type: 'ID_DOCUMENT_FACE_MATCH', config: { manual_check: 'FALLBACK' } },
        { type: 'THIRD_PARTY_IDENTITY', config: {} },
      ],
      requested_tasks: [
        {
          type: 'ID_DOCUMENT_TEXT_DATA_EXTRACTION',
          config: { manual_check: 'FALLBACK', chip_data: 'DESIRED' },
        },
      ],
      sdk_config: {
        allowed_capture_methods: 'CAMERA_AND_UPLOAD',
        primary_colour: '#2d9fff',
        preset_issuing_country: 'GBR',
        privacy_policy_url: 'https://example.com/privacy',
        biometric_consent_flow: 'EARLY',
        allow_handoff: true,
        attempts_configuration: {
          ID_DOCUMENT_TEXT_DATA_EXTRACTION: { GENERIC: 3, RECLASSIFICATION: 2 },
        },
        dark_mode: 'AUTO',
        primary_colour_dark_mode: '#5fb6ff',
      },
      required_documents: [
        {
          type: 'ID_DOCUMENT',
          filter: {
            type: 'ORTHOGONAL_RESTRICTIONS',
            country_restriction: { inclusion: 'WHITELIST', country_codes: ['GBR', 'IRL'] },
            type_restriction: {
              inclusion: 'WHITELIST',
              document_types: ['PASSPORT', 'DRIVING_LICENCE', 'NATIONAL_ID'],
            },
            allow_expired_documents: false,
          },
        },
      ],
    },
  },
  {
    id: 'proof-of-address',
    name: 'Proof of address with document comparison',
    description:
      'A passport and a second photo ID compared with each other, plus a UK proof of address.',
    spec: {
      client_session_token_ttl: 1800,
      resources_ttl: 2592000,
      requested_checks: [authenticity('FALLBACK'), { type: 'ID_DOCUMENT_COMPARISON', config: {} }],
      requested_tasks: [
        textExtraction,
        { type: 'SUPPLEMENTARY_DOCUMENT_TEXT_DATA_EXTRACTION', config: { manual_check: 'ALWAYS' } },
      ],
      sdk_config: {
        allowed_capture_methods: 'CAMERA_AND_UPLOAD',
        preset_issuing_country: 'GBR',
        attempts_configuration: {
          ID_DOCUMENT_TEXT_DATA_EXTRACTION: { GENERIC: 3, RECLASSIFICATION: 3 },
        },
      },
      required_documents: [
        {
          type: 'ID_DOCUMENT',
          filter: {
            type: 'ORTHOGONAL_RESTRICTIONS',
            type_restriction: { inclusion: 'WHITELIST', document_types: ['PASSPORT'] },
          },
        },
        {
          type: 'ID_DOCUMENT',
          filter: {
            type: 'ORTHOGONAL_RESTRICTIONS',
            type_restriction: {
              inclusion: 'WHITELIST',
              document_types: ['DRIVING_LICENCE', 'NATIONAL_ID'],
            },
          },
        },
        {
          type: 'SUPPLEMENTARY_DOCUMENT',
          objective: { type: 'PROOF_OF_ADDRESS' },
          document_types: ['UTILITY_BILL', 'BANK_STATEMENT', 'COUNCIL_TAX_BILL', 'PHONE_BILL'],
          country_codes: ['GBR'],
        },
      ],
    },
  },
  {
    id: 'aml-screening',
    name: 'AML screening',
    description:
      'Standard watchlist screening (WATCHLIST_SCREENING: sanctions, adverse media) on data read from an ID document.',
    spec: {
      client_session_token_ttl: 900,
      resources_ttl: 604800,
      requested_checks: [
        authenticity('FALLBACK'),
        { type: 'WATCHLIST_SCREENING', config: { categories: ['ADVERSE-MEDIA', 'SANCTIONS'] } },
      ],
      requested_tasks: [textExtraction],
      sdk_config: { allowed_capture_methods: 'CAMERA' },
      required_documents: [idDocument],
    },
  },
  {
    id: 'uk-dbs-identity-profile',
    name: 'UK DBS identity profile',
    description:
      'A UK_TFIDA DBS Standard identity profile: Yoti picks the checks; set the scheme to RTW for right to work.',
    spec: {
      client_session_token_ttl: 1800,
      resources_ttl: 7776000,
      notifications: webhook('webhooks/yoti-idv', ['SESSION_COMPLETION']),
      requested_checks: [],
      requested_tasks: [],
      sdk_config: { primary_colour: '#2d9fff', preset_issuing_country: 'GBR', allow_handoff: true },
      required_documents: [],
      identity_profile_requirements: {
        trust_framework: 'UK_TFIDA',
        scheme: { type: 'DBS', objective: 'STANDARD' },
      },
      subject: { subject_id: 'REPLACE_WITH_YOUR_APPLICANT_ID' },
    },
  },
  {
    id: 'face-comparison',
    name: 'Face comparison with static liveness',
    description:
      'Compares a face image you upload with a passive liveness capture; no ID document is asked for.',
    spec: {
      client_session_token_ttl: 900,
      resources_ttl: 604800,
      requested_checks: [
        staticLiveness,
        { type: 'FACE_COMPARISON', config: { manual_check: 'NEVER' } },
      ],
      requested_tasks: [],
      required_documents: [],
    },
  },
];
