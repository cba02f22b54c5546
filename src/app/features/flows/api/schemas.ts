/**
 * What /api/flows answers (.scratch/flows-contract.md), parsed at the boundary. Objects are loose so
 * a newer server may add fields; the spec of a version is parsed with the session-spec schema.
 */
import { z } from 'zod';
import { sessionSpecSchema } from '@/spec/index';
import { findingsSchema } from '@/app/features/launch/api/schemas';

export const flowSummarySchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  description: z.string().default(''),
  created_at: z.string(),
  updated_at: z.string(),
  archived_at: z.string().nullable(),
  latest_version: z.number().int(),
  published_version: z.number().int().nullable(),
  version_count: z.number().int(),
});
export type FlowSummary = z.infer<typeof flowSummarySchema>;

export const versionSummarySchema = z.looseObject({
  number: z.number().int().positive(),
  created_at: z.string(),
  message: z.string().default(''),
  published: z.boolean(),
  launch_count: z.number().int().nonnegative().default(0),
});
export type VersionSummary = z.infer<typeof versionSummarySchema>;

export const versionSchema = versionSummarySchema.extend({ spec: sessionSpecSchema });
export type Version = z.infer<typeof versionSchema>;

/** GET /api/flows. */
export const flowListSchema = z.object({ flows: z.array(flowSummarySchema) });
/** GET /api/flows/:id. */
export const flowDetailSchema = z.object({
  flow: flowSummarySchema,
  versions: z.array(versionSummarySchema),
});
export type FlowDetail = z.infer<typeof flowDetailSchema>;
/** PATCH, publish, archive, unarchive, undelete. */
export const flowOnlySchema = z.object({ flow: flowSummarySchema });
/** POST /api/flows, POST …/versions, POST …/duplicate. */
export const savedSchema = z.object({
  flow: flowSummarySchema,
  version: versionSummarySchema,
  unchanged: z.boolean().optional(),
});
export type Saved = z.infer<typeof savedSchema>;
/** GET /api/flows/:id/versions/:n. */
export const versionAnswerSchema = z.object({ version: versionSchema });
/** DELETE /api/flows/:id. */
export const deletedFlowSchema = z.object({
  flow_id: z.string(),
  deleted_at: z.string(),
  undo_until: z.string(),
});
export type DeletedFlow = z.infer<typeof deletedFlowSchema>;

const fileFindingsSchema = z.object({ findings: findingsSchema });
/** POST /api/flows/import → 201. */
export const importedSchema = z.object({
  flows: z.array(flowSummarySchema),
  warnings: z.array(fileFindingsSchema.extend({ file: z.string() })).default([]),
});
export type Imported = z.infer<typeof importedSchema>;

/** Extra fields of a 409 stale_version answer. */
export const staleDetailsSchema = z.looseObject({ latest: versionSchema });
/** Extra fields of a 400 invalid_import answer: each refused file with its findings. */
export const invalidImportDetailsSchema = z.looseObject({
  files: z.array(fileFindingsSchema.extend({ name: z.string() })),
});
export type FileFindings = z.infer<typeof invalidImportDetailsSchema>['files'][number];
