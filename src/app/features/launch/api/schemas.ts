/**
 * What the Studio server answers, parsed at the boundary. Objects are loose: Yoti's session result
 * carries more than the UI shows, and a newer server may add fields.
 */
import { z } from 'zod';
import { findingsSchema } from '@/app/api/request';

export const healthSchema = z.object({
  status: z.literal('ok'),
  mode: z.string(),
  apiBaseUrl: z.string(),
  idvApiUrl: z.string().optional(),
  notificationEndpoint: z.string().optional(),
});
export type Health = z.infer<typeof healthSchema>;

/** POST /api/sessions → 201. */
export const createdSchema = z.object({
  session_id: z.string(),
  client_session_token: z.string(),
  client_session_token_ttl: z.number(),
  launch_url: z.string(),
  warnings: findingsSchema.default([]),
});
export type CreatedSession = z.infer<typeof createdSchema>;

/** Which saved flow version a launch used (sent as `flow: { id, version }` when tracked). */
export type FlowRef = { id: string; version: number };

/** The flow a launch was made from; `modified` when the spec differed from that version. */
export const launchFlowSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  version: z.number().int(),
  modified: z.boolean(),
});
export type LaunchFlow = z.infer<typeof launchFlowSchema>;

/** One launch in GET /api/sessions (secrets in `spec` are masked by the server). */
export const launchSchema = z.looseObject({
  session_id: z.string(),
  created_at: z.string(),
  expires_at: z.string(),
  deleted_at: z.string().nullable(),
  mode: z.string(),
  api_url: z.string(),
  launch_url: z.string(),
  client_session_token_ttl: z.number(),
  spec: z.unknown(),
  flow: launchFlowSchema.nullish().catch(null),
});
export type Launch = z.infer<typeof launchSchema>;
export const launchListSchema = z.object({ sessions: z.array(launchSchema) });

/** DELETE /api/sessions/:id → 200. */
export const deletedSchema = z.object({ session_id: z.string(), deleted_at: z.string() });

export const VERDICTS = [
  'accepted',
  'rejected-auth',
  'unknown-session',
  'malformed',
  'refused-ssrf',
] as const;

/** One notification delivery recorded by the server's receiver (headers already masked). */
export const deliverySchema = z.object({
  id: z.number(),
  received_at: z.string(),
  source: z.string(),
  session_id: z.string().nullable(),
  topic: z.string().nullable(),
  verdict: z.string(),
  status: z.number().nullable(),
  reason: z.string(),
  headers: z.record(z.string(), z.string()),
  body: z.string(),
  replay_of: z.number().nullable(),
});
export type Delivery = z.infer<typeof deliverySchema>;
export const deliveryListSchema = z.object({ notifications: z.array(deliverySchema) });
export const replaySchema = z.object({ notification: deliverySchema });

/** SSE `session` event. */
export const sessionEventSchema = z.object({
  kind: z.string(),
  session_id: z.string(),
  at: z.string(),
});
export type SessionEvent = z.infer<typeof sessionEventSchema>;

const mediaRef = z.looseObject({ id: z.string().optional() });
const taskSchema = z.looseObject({
  id: z.string().optional(),
  type: z.string(),
  state: z.string().optional(),
});
const resourceSchema = z.looseObject({
  id: z.string(),
  source: z.looseObject({ type: z.string() }).optional(),
  tasks: z.array(taskSchema).optional(),
  document_type: z.string().optional(),
  issuing_country: z.string().optional(),
  liveness_type: z.string().optional(),
  pages: z.array(z.unknown()).optional(),
  image: z.looseObject({ media: mediaRef.optional() }).optional(),
});
export type ResultResource = z.infer<typeof resourceSchema>;
const checkSchema = z.looseObject({
  id: z.string(),
  type: z.string(),
  state: z.string().optional(),
  resources_used: z.array(z.string()).optional(),
  report: z
    .looseObject({
      recommendation: z
        .looseObject({
          value: z.string(),
          reason: z.string().optional(),
          recovery_suggestion: z.string().optional(),
        })
        .optional(),
      breakdown: z.array(z.looseObject({ sub_check: z.string(), result: z.string() })).optional(),
    })
    .optional(),
});
export type ResultCheck = z.infer<typeof checkSchema>;

const resourceList = z.array(resourceSchema).optional();

/** GET /api/sessions/:id: Yoti's session result (reference §10.2). */
export const sessionResultSchema = z.looseObject({
  session_id: z.string(),
  state: z.string(),
  client_session_token_ttl: z.number().optional(),
  user_tracking_id: z.string().optional(),
  biometric_consent: z.string().optional(),
  checks: z.array(checkSchema).default([]),
  resources: z
    .looseObject({
      id_documents: resourceList,
      supplementary_documents: resourceList,
      liveness_capture: resourceList,
      face_capture: resourceList,
      applicant_profiles: resourceList,
      share_codes: resourceList,
    })
    .optional(),
  identity_profile: z
    .looseObject({
      result: z.string().optional(),
      subject_id: z.string().optional(),
      failure_reason: z.looseObject({ reason_code: z.string().optional() }).optional(),
    })
    .optional(),
});
export type SessionResult = z.infer<typeof sessionResultSchema>;
