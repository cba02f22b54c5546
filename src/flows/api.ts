/** The saved-flows REST API: request bodies and answers, shared by the server and the browser. */
import { z } from 'zod';
import { sessionSpecSchema } from '../spec/index';
import { flowNameSchema } from './names';

export const DESCRIPTION_MAX = 2000;
export const MESSAGE_MAX = 500;

const description = z
  .string()
  .max(DESCRIPTION_MAX, `a description has at most ${DESCRIPTION_MAX} characters`);
const message = z
  .string()
  .trim()
  .max(MESSAGE_MAX, `a message has at most ${MESSAGE_MAX} characters`);
const versionNumber = z.number().int().min(1);
/** A spec in a request: any JSON value; the spec validator judges it. */
const specValue = z.unknown().refine((v) => v !== undefined, 'required');

export const createFlowBody = z.strictObject({
  name: flowNameSchema,
  description: description.optional(),
  spec: specValue,
  message: message.optional(),
});
export const patchFlowBody = z
  .strictObject({ name: flowNameSchema.optional(), description: description.optional() })
  .refine((b) => b.name !== undefined || b.description !== undefined, 'send name or description');
export const saveVersionBody = z.strictObject({
  base_version: versionNumber,
  spec: specValue,
  message: message.optional(),
});
export const publishBody = z.strictObject({ version: versionNumber.nullable() });
export const duplicateBody = z.strictObject({ name: flowNameSchema.optional() });
export const importBody = z.strictObject({
  files: z
    .array(z.strictObject({ name: z.string().min(1).max(255), text: z.string() }))
    .min(1, 'choose at least one file'),
});
export const listQuery = z.object({
  archived: z.enum(['exclude', 'include', 'only']).default('exclude'),
});
export const exportQuery = z.object({
  history: z.enum(['true', 'false']).default('true'),
});
/** `flow` in POST /api/sessions: which saved version a launch came from. */
export const launchFlowRef = z.strictObject({ id: z.uuid(), version: versionNumber });

export type CreateFlowBody = z.infer<typeof createFlowBody>;
export type LaunchFlowRef = z.infer<typeof launchFlowRef>;

const isoTime = z.string();

/** A flow as lists show it. Times are ISO strings. */
export const flowSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  created_at: isoTime,
  updated_at: isoTime,
  archived_at: isoTime.nullable(),
  latest_version: z.number(),
  published_version: z.number().nullable(),
  version_count: z.number(),
});
export const versionSummarySchema = z.object({
  number: z.number(),
  created_at: isoTime,
  message: z.string(),
  published: z.boolean(),
  launch_count: z.number(),
});
/** A saved version with its full spec (secrets included: only same-origin pages read it). */
export const flowVersionSchema = versionSummarySchema.extend({ spec: sessionSpecSchema });

export type FlowSummary = z.infer<typeof flowSummarySchema>;
export type VersionSummary = z.infer<typeof versionSummarySchema>;
export type FlowVersion = z.infer<typeof flowVersionSchema>;
