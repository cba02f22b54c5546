/** Specs the code-export tests run: the reference samples, the SDK-parity specs and a few extras. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { validateSpec, type SessionSpec } from '../../src/spec/index';
import { sdkSpecs } from '../parity/sdk-specs';

export const SAMPLES_DIR = path.resolve(import.meta.dirname, '../../../shared/reference/samples');

const parse = (value: unknown, name: string): SessionSpec => {
  const { spec, valid, findings } = validateSpec(value);
  if (!spec || !valid) throw new Error(`${name}: ${JSON.stringify(findings)}`);
  return spec;
};

/** Text no generator may mangle: quotes, backslashes, a newline, a dollar, non-Latin text. */
export const TRICKY = "a\"b\\c\nd – ünï 测试 'q' $x {y} `z`";

export interface NamedSpec {
  name: string;
  spec: SessionSpec;
}

export const samples = (): NamedSpec[] =>
  readdirSync(SAMPLES_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({
      name: f.replace(/\.json$/, ''),
      spec: parse(JSON.parse(readFileSync(path.join(SAMPLES_DIR, f), 'utf8')), f),
    }));

export const parity = (): NamedSpec[] =>
  sdkSpecs.map((s) => ({ name: s.name, spec: parse(s.build(), s.name) }));

/** Keys only some SDKs can send, every check, and tricky strings. */
export const extras = (): NamedSpec[] => [
  {
    name: 'extras-everything',
    spec: parse(
      {
        client_session_token_ttl: 900,
        resources_ttl: 604800,
        user_tracking_id: TRICKY,
        notifications: {
          endpoint: 'https://example.com/hook',
          auth_type: 'BEARER',
          auth_token: 't"o\\k',
          topics: ['SESSION_COMPLETION', 'NEW_PDF_SUPPLIED'],
        },
        requested_checks: [
          {
            type: 'ID_DOCUMENT_AUTHENTICITY',
            config: { manual_check: 'NEVER', issuing_authority_sub_check: { requested: true } },
          },
          {
            type: 'LIVENESS',
            config: { max_retries: 2, liveness_type: 'ZOOM', manual_check: 'NEVER' },
          },
          { type: 'IBV_VISUAL_REVIEW_CHECK', config: { manual_check: 'IBV' } },
          { type: 'FACE_COMPARISON', config: { manual_check: 'ALWAYS' } },
          { type: 'THIRD_PARTY_IDENTITY', config: { manual_check: 'NEVER' } },
          {
            type: 'WATCHLIST_SCREENING',
            config: { categories: ['ADVERSE-MEDIA', 'SANCTIONS'], manual_check: 'NEVER' },
          },
          {
            type: 'WATCHLIST_ADVANCED_CA',
            config: {
              type: 'WITH_CUSTOM_ACCOUNT',
              api_key: 'k',
              monitoring: true,
              tags: { 'tag "1"': 'v\\1' },
              client_ref: 'ref',
              remove_deceased: true,
              share_url: false,
              sources: { type: 'PROFILE', search_profile: 'p' },
              matching_strategy: { type: 'EXACT', exact_match: true },
            },
          },
        ],
        requested_tasks: [
          { type: 'ID_DOCUMENT_TEXT_DATA_EXTRACTION', config: { manual_check: 'FALLBACK' } },
        ],
        sdk_config: {
          allowed_capture_methods: 'CAMERA',
          locale: 'fr',
          brand_id: 'brand',
          dark_mode: 'ON',
          primary_colour_dark_mode: '#000000',
          attempts_configuration: { ID_DOCUMENT_TEXT_DATA_EXTRACTION: { GENERIC: 2, BLURRY: 4 } },
        },
        required_documents: [
          {
            type: 'ID_DOCUMENT',
            filter: {
              type: 'DOCUMENT_RESTRICTIONS',
              inclusion: 'BLACKLIST',
              documents: [{ country_codes: ['USA'] }],
              allow_non_latin_documents: false,
              allow_digital_ids: true,
            },
          },
          {
            type: 'SUPPLEMENTARY_DOCUMENT',
            objective: { type: 'PROOF_OF_ADDRESS', config: {} },
            filter: {
              type: 'ORTHOGONAL_RESTRICTIONS',
              country_restriction: { inclusion: 'WHITELIST', country_codes: ['GBR'] },
            },
          },
        ],
        block_biometric_consent: true,
        identity_profile_requirements: { trust_framework: 'UK_TFIDA', scheme: { type: 'RTW' } },
        subject: { subject_id: 'subject "1"' },
        advanced_identity_profile_requirements: {
          profiles: [
            {
              trust_framework: 'YOTI_GLOBAL',
              schemes: [
                {
                  type: 'IDENTITY',
                  objective: 'AL_L1',
                  label: 'l`1',
                  config: {
                    filter: { type: 'ORTHOGONAL_RESTRICTIONS', allow_expired_documents: true },
                  },
                },
              ],
            },
          ],
        },
        create_identity_profile_preview: true,
        import_token: { ttl: 2592000 },
        ibv_options: {
          support: 'MANDATORY',
          guidance_url: 'https://example.com/guide',
          user_price: { amount: '5.00', currency: 'EUR' },
        },
        resources: {
          applicant_profile: {
            full_name: 'Zoë "Z" Example',
            structured_postal_address: { address_format: 1, country_iso: 'GBR' },
          },
        },
        ephemeral_media: true,
      },
      'extras-everything',
    ),
  },
  {
    name: 'extras-deadline',
    spec: parse(
      {
        session_deadline: '2026-12-31T23:59:00.000Z',
        resources_ttl: 604800,
        requested_checks: [
          {
            type: 'WATCHLIST_ADVANCED_CA',
            config: {
              type: 'WITH_YOTI_ACCOUNT',
              remove_deceased: false,
              share_url: true,
              sources: { type: 'TYPE_LIST', types: ['pep'] },
              matching_strategy: { type: 'FUZZY', fuzziness: 0.3 },
            },
          },
        ],
        sdk_config: {
          biometric_consent_flow: 'JUST_IN_TIME',
          suppressed_screens: ['FLOW_COMPLETION'],
        },
      },
      'extras-deadline',
    ),
  },
];

/** File-system friendly names for golden files. */
export const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
