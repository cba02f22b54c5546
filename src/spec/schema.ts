/**
 * The zod schema of Yoti's `POST /sessions` body: the single source of the spec's types.
 *
 * It is structural: types, enums, required keys and no unknown keys. Value rules (ranges, formats,
 * dependencies) live in `rules/` so that a spec with a rule error can still be shown in the form.
 * Keys are declared in the order the official Node SDK serializes them; the serializer relies on it.
 */
import { z } from 'zod';
import * as E from './enums';

const int = () => z.number().int();
const strings = () => z.array(z.string());

const manualCheck = z.enum(E.MANUAL_CHECKS);
const ibvManualCheck = z.enum(E.IBV_MANUAL_CHECKS);
const inclusion = z.enum(E.INCLUSIONS);
const emptyConfig = z.strictObject({});

const allowedProvider = z.strictObject({ name: z.string() });

export const orthogonalFilterSchema = z.strictObject({
  type: z.literal('ORTHOGONAL_RESTRICTIONS'),
  country_restriction: z.strictObject({ inclusion, country_codes: strings() }).optional(),
  type_restriction: z.strictObject({ inclusion, document_types: strings() }).optional(),
  allow_expired_documents: z.boolean().optional(),
  allow_non_latin_documents: z.boolean().optional(),
  allow_digital_ids: z.boolean().optional(),
  allowed_providers: z.array(allowedProvider).optional(),
});

export const documentRestrictionSchema = z.strictObject({
  document_types: strings().optional(),
  country_codes: strings().optional(),
});

export const documentRestrictionsFilterSchema = z.strictObject({
  type: z.literal('DOCUMENT_RESTRICTIONS'),
  inclusion,
  documents: z.array(documentRestrictionSchema),
  allow_expired_documents: z.boolean().optional(),
  allow_non_latin_documents: z.boolean().optional(),
  allow_digital_ids: z.boolean().optional(),
  allowed_providers: z.array(allowedProvider).optional(),
});

export const documentFilterSchema = z.discriminatedUnion('type', [
  orthogonalFilterSchema,
  documentRestrictionsFilterSchema,
]);

// ---- requested_checks ----------------------------------------------------------------------

const check = <T extends string, C extends z.ZodType>(type: T, config: C) =>
  z.strictObject({ type: z.literal(type), config });

const caSources = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('TYPE_LIST'), types: strings() }),
  z.strictObject({ type: z.literal('PROFILE'), search_profile: z.string() }),
]);

const caMatching = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('EXACT'), exact_match: z.boolean().optional() }),
  z.strictObject({ type: z.literal('FUZZY'), fuzziness: z.number() }),
]);

const caShared = {
  remove_deceased: z.boolean().optional(),
  share_url: z.boolean().optional(),
  sources: caSources.optional(),
  matching_strategy: caMatching.optional(),
  manual_check: manualCheck.optional(),
};

export const advancedCaConfigSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('WITH_YOTI_ACCOUNT'), ...caShared }),
  z.strictObject({
    type: z.literal('WITH_CUSTOM_ACCOUNT'),
    api_key: z.string(),
    monitoring: z.boolean().optional(),
    tags: z.record(z.string(), z.string()).optional(),
    client_ref: z.string(),
    ...caShared,
  }),
]);

export const requestedCheckSchema = z.discriminatedUnion('type', [
  check(
    'ID_DOCUMENT_AUTHENTICITY',
    z
      .strictObject({
        manual_check: manualCheck.optional(),
        issuing_authority_sub_check: z
          .strictObject({ requested: z.boolean(), filter: documentFilterSchema.optional() })
          .optional(),
      })
      .default({}),
  ),
  check(
    'LIVENESS',
    z.strictObject({
      max_retries: int().optional(),
      liveness_type: z.enum(E.LIVENESS_TYPES),
      manual_check: manualCheck.optional(),
    }),
  ),
  check('ID_DOCUMENT_FACE_MATCH', z.strictObject({ manual_check: manualCheck })),
  check('FACE_COMPARISON', z.strictObject({ manual_check: manualCheck })),
  check('ID_DOCUMENT_COMPARISON', emptyConfig.default({})),
  check(
    'THIRD_PARTY_IDENTITY',
    z.strictObject({ manual_check: manualCheck.optional() }).default({}),
  ),
  check(
    'WATCHLIST_SCREENING',
    z
      .strictObject({ categories: strings().optional(), manual_check: manualCheck.optional() })
      .default({}),
  ),
  check('WATCHLIST_ADVANCED_CA', advancedCaConfigSchema),
  check('IBV_VISUAL_REVIEW_CHECK', z.strictObject({ manual_check: ibvManualCheck })),
  check(
    'DOCUMENT_SCHEME_VALIDITY_CHECK',
    z.strictObject({ manual_check: ibvManualCheck, scheme: z.string() }),
  ),
  check('PROFILE_DOCUMENT_MATCH', z.strictObject({ manual_check: ibvManualCheck })),
]);

// ---- requested_tasks -----------------------------------------------------------------------

export const requestedTaskSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('ID_DOCUMENT_TEXT_DATA_EXTRACTION'),
    config: z.strictObject({
      manual_check: manualCheck,
      chip_data: z.enum(E.CHIP_DATA).optional(),
      create_expanded_document_fields: z.boolean().optional(),
    }),
  }),
  z.strictObject({
    type: z.literal('SUPPLEMENTARY_DOCUMENT_TEXT_DATA_EXTRACTION'),
    config: z.strictObject({ manual_check: manualCheck }),
  }),
]);

// ---- required_documents --------------------------------------------------------------------

export const requiredDocumentSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('ID_DOCUMENT'), filter: documentFilterSchema.optional() }),
  z.strictObject({
    type: z.literal('SUPPLEMENTARY_DOCUMENT'),
    objective: z.strictObject({
      type: z.enum(E.OBJECTIVE_TYPES),
      config: emptyConfig.optional(),
    }),
    document_types: strings().optional(),
    country_codes: strings().optional(),
    filter: documentFilterSchema.optional(),
  }),
]);

// ---- sdk_config, notifications -------------------------------------------------------------

export const sdkConfigSchema = z.strictObject({
  allowed_capture_methods: z.enum(E.CAPTURE_METHODS).optional(),
  primary_colour: z.string().optional(),
  secondary_colour: z.string().optional(),
  font_colour: z.string().optional(),
  locale: z.string().optional(),
  preset_issuing_country: z.string().optional(),
  success_url: z.string().optional(),
  error_url: z.string().optional(),
  privacy_policy_url: z.string().optional(),
  biometric_consent_flow: z.enum(E.BIOMETRIC_CONSENT_FLOWS).optional(),
  allow_handoff: z.boolean().optional(),
  attempts_configuration: z
    .strictObject({ ID_DOCUMENT_TEXT_DATA_EXTRACTION: z.record(z.string(), int()).optional() })
    .optional(),
  brand_id: z.string().optional(),
  suppressed_screens: z.array(z.enum(E.SUPPRESSED_SCREENS)).optional(),
  dark_mode: z.enum(E.DARK_MODES).optional(),
  primary_colour_dark_mode: z.string().optional(),
});

export const notificationsSchema = z.strictObject({
  auth_token: z.string().optional(),
  auth_type: z.enum(E.AUTH_TYPES).optional(),
  endpoint: z.string(),
  topics: z.array(z.enum(E.TOPICS)).optional(),
});

// ---- identity profiles and extensions ------------------------------------------------------

export const identityProfileRequirementsSchema = z.strictObject({
  trust_framework: z.string(),
  scheme: z.strictObject({ type: z.string(), objective: z.string().optional() }),
});

export const advancedSchemeSchema = z.strictObject({
  type: z.string(),
  objective: z.string().optional(),
  label: z.string(),
  config: z.strictObject({ filter: documentFilterSchema.optional() }).optional(),
});

export const advancedIdentityProfileRequirementsSchema = z.strictObject({
  profiles: z.array(
    z.strictObject({ trust_framework: z.string(), schemes: z.array(advancedSchemeSchema) }),
  ),
});

export const sessionSpecSchema = z.strictObject({
  client_session_token_ttl: int().optional(),
  session_deadline: z.string().optional(),
  resources_ttl: int().optional(),
  user_tracking_id: z.string().optional(),
  notifications: notificationsSchema.optional(),
  requested_checks: z.array(requestedCheckSchema).default([]),
  requested_tasks: z.array(requestedTaskSchema).default([]),
  sdk_config: sdkConfigSchema.optional(),
  required_documents: z.array(requiredDocumentSchema).default([]),
  block_biometric_consent: z.boolean().optional(),
  identity_profile_requirements: identityProfileRequirementsSchema.optional(),
  subject: z.strictObject({ subject_id: z.string() }).optional(),
  advanced_identity_profile_requirements: advancedIdentityProfileRequirementsSchema.optional(),
  create_identity_profile_preview: z.boolean().optional(),
  import_token: z.strictObject({ ttl: int() }).optional(),
  ibv_options: z
    .strictObject({
      support: z.enum(E.IBV_SUPPORT),
      guidance_url: z.string().optional(),
      user_price: z.strictObject({ amount: z.string(), currency: z.string() }).optional(),
    })
    .optional(),
  resources: z.strictObject({ applicant_profile: z.record(z.string(), z.unknown()) }).optional(),
  ephemeral_media: z.boolean().optional(),
});

/** A parsed session spec (arrays always present, check configs filled in). */
export type SessionSpec = z.output<typeof sessionSpecSchema>;
/** What a user may write: the arrays and empty configs may be left out. */
export type SessionSpecInput = z.input<typeof sessionSpecSchema>;
export type RequestedCheck = z.output<typeof requestedCheckSchema>;
export type CheckType = RequestedCheck['type'];
export type RequestedTask = z.output<typeof requestedTaskSchema>;
export type TaskType = RequestedTask['type'];
export type RequiredDocument = z.output<typeof requiredDocumentSchema>;
export type DocumentFilter = z.output<typeof documentFilterSchema>;
export type AdvancedCaConfig = z.output<typeof advancedCaConfigSchema>;
export type SdkConfig = z.output<typeof sdkConfigSchema>;
export type Notifications = z.output<typeof notificationsSchema>;
