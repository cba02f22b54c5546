/** A minimal valid value for a schema: what appears when the user switches an option on. */
import { z } from 'zod';
import { DEFAULT_CHECKS } from '@/spec/index';
import { unwrap } from '@/spec/schema-walk';

/** Starting values a product owner would pick, by catalogue key, where the minimal one is poor. */
const PREFERRED: Record<string, unknown> = {
  import_token: { ttl: 31_536_000 },
  'import_token.ttl': 31_536_000,
  ibv_options: { support: 'MANDATORY' },
  notifications: { auth_type: 'BEARER', endpoint: '', topics: ['SESSION_COMPLETION'] },
  sdk_config: {},
  identity_profile_requirements: {
    trust_framework: 'UK_TFIDA',
    scheme: { type: 'DBS', objective: 'BASIC' },
  },
  advanced_identity_profile_requirements: {
    profiles: [
      {
        trust_framework: 'UK_TFIDA',
        schemes: [{ type: 'DBS', objective: 'STANDARD', label: 'dbs' }],
      },
    ],
  },
  subject: { subject_id: '' },
  filter: { type: 'ORTHOGONAL_RESTRICTIONS' },
  'requested_checks{WATCHLIST_ADVANCED_CA}.config': DEFAULT_CHECKS.WATCHLIST_ADVANCED_CA.config,
  'requested_checks{LIVENESS}.config.max_retries': 3,
  'sdk_config.attempts_configuration': {
    ID_DOCUMENT_TEXT_DATA_EXTRACTION: { GENERIC: 3, RECLASSIFICATION: 3 },
  },
  'sdk_config.suppressed_screens': ['ID_DOCUMENT_EDUCATION'],
  'sdk_config.primary_colour': '#2d9fff',
  'sdk_config.primary_colour_dark_mode': '#5fb6ff',
  'sdk_config.secondary_colour': '#ffffff',
  'sdk_config.font_colour': '#ffffff',
  client_session_token_ttl: 900,
  resources_ttl: 604_800,
};

export function preferredDefault(key: string | undefined): unknown {
  return key !== undefined && Object.hasOwn(PREFERRED, key)
    ? structuredClone(PREFERRED[key])
    : undefined;
}

/** The smallest value the schema accepts: required keys only, first enum value, empty strings. */
export function minimalValue(schema: z.ZodType): unknown {
  const s = unwrap(schema);
  if (s instanceof z.ZodObject) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(s.shape as Record<string, z.ZodType>))
      if (!(v instanceof z.ZodOptional)) out[k] = minimalValue(v);
    return out;
  }
  if (s instanceof z.ZodDiscriminatedUnion) return minimalValue(s.options[0] as z.ZodType);
  if (s instanceof z.ZodEnum) return s.options[0];
  if (s instanceof z.ZodLiteral) return [...s.values][0];
  if (s instanceof z.ZodString) return '';
  if (s instanceof z.ZodNumber) return 1;
  if (s instanceof z.ZodBoolean) return true;
  if (s instanceof z.ZodArray) return [];
  if (s instanceof z.ZodRecord) return {};
  return undefined;
}

/** The value a newly switched-on field gets. */
export const defaultFor = (schema: z.ZodType, key: string | undefined): unknown =>
  preferredDefault(key) ?? minimalValue(schema);
