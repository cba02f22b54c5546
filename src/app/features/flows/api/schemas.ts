/**
 * The envelopes /api/flows answers with, parsed at the boundary. The flow and version shapes are the
 * server's own (src/flows/api.ts); unknown fields are dropped, so a newer server may add some.
 */
import { z } from 'zod';
import { findingsSchema } from '@/app/api/request';
import {
  flowSummarySchema,
  flowVersionSchema,
  versionSummarySchema,
  type FlowSummary,
  type FlowVersion,
  type VersionSummary,
} from '@/flows/api';

export {
  flowSummarySchema,
  versionSummarySchema,
  flowVersionSchema as versionSchema,
  type FlowSummary,
  type VersionSummary,
  type FlowVersion as Version,
};

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
export const versionAnswerSchema = z.object({ version: flowVersionSchema });
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
export const staleDetailsSchema = z.looseObject({ latest: flowVersionSchema });
/** Extra fields of a 400 invalid_import answer: each refused file with its findings. */
export const invalidImportDetailsSchema = z.looseObject({
  files: z.array(fileFindingsSchema.extend({ name: z.string() })),
});
export type FileFindings = z.infer<typeof invalidImportDetailsSchema>['files'][number];
