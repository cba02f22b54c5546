/**
 * The exported flow file: one flow or the whole library, versioned. Older files are brought up to
 * date by ordered migration steps (like tldraw's schema migrations); newer ones are refused.
 */
import { z } from 'zod';
import {
  finding,
  isJsonObject as isObject,
  type Finding,
  type JsonObject,
  type JsonPath,
} from '../spec/index';
import { DESCRIPTION_MAX, MESSAGE_MAX } from './api';
import { flowNameSchema } from './names';

export const FLOW_FILE_FORMAT = 'idv-studio/flows';

const isoTime = z
  .string()
  .refine(
    (s) => !Number.isNaN(Date.parse(s)),
    'expected an ISO time, e.g. 2026-12-01T12:00:00.000Z',
  );

export const fileVersionSchema = z.object({
  number: z.number().int().min(1, 'version numbers start at 1'),
  created_at: isoTime.optional(),
  message: z.string().max(MESSAGE_MAX).default(''),
  /** Any JSON value here; the spec validator judges it, with paths into the file. */
  spec: z.unknown().refine((v) => v !== undefined, 'each version needs its spec'),
});

export const fileFlowSchema = z
  .object({
    name: flowNameSchema,
    description: z.string().max(DESCRIPTION_MAX).default(''),
    created_at: isoTime.optional(),
    archived_at: isoTime.nullable().default(null),
    published_version: z.number().int().min(1).nullable().default(null),
    versions: z.array(fileVersionSchema).min(1, 'a flow needs at least one version'),
  })
  .superRefine((flow, ctx) => {
    const seen = new Set<number>();
    flow.versions.forEach((v, index) => {
      if (seen.has(v.number))
        ctx.addIssue({
          code: 'custom',
          path: ['versions', index, 'number'],
          message: `version ${v.number} appears twice; give each version its own number`,
        });
      seen.add(v.number);
    });
  });

/** A flow file after migration to the current format. */
export const flowFileSchema = z.object({
  format: z.literal(FLOW_FILE_FORMAT),
  format_version: z.number().int(),
  exported_at: isoTime.optional(),
  flows: z.array(fileFlowSchema),
});

export type FlowFile = z.output<typeof flowFileSchema>;
export type FileFlow = FlowFile['flows'][number];
export type FileVersion = FileFlow['versions'][number];

type RawFile = JsonObject;
/** One step: turns a file of format_version n into n + 1 (step i goes from i + 1 to i + 2). */
export type FlowFileMigration = (file: RawFile) => RawFile;

/** Ordered steps. Append only; version 1 is the first released format, so there are none yet. */
export const FLOW_FILE_MIGRATIONS: readonly FlowFileMigration[] = [];

/** The format_version this build writes. */
export const FLOW_FILE_VERSION = 1 + FLOW_FILE_MIGRATIONS.length;

export type MigrateResult = { ok: true; file: FlowFile } | { ok: false; findings: Finding[] };

const fail = (path: JsonPath, code: string, message: string): MigrateResult => ({
  ok: false,
  findings: [finding('error', code, path, message)],
});

/** Zod issues as findings; `prefix` says where the checked value sits. */
export function findingsOf(error: z.ZodError, prefix: JsonPath = []): Finding[] {
  return error.issues.map((issue) =>
    finding(
      'error',
      'file.invalid',
      [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
      `${issue.message
        .replace(
          /^Invalid input: expected (\w+), received undefined$/,
          (_, type: string) => `required: add ${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type} here`,
        )
        .replace(/^Invalid input: /, '')}.`,
    ),
  );
}

/**
 * Reads a flow file of any known format_version and returns it in the current format. `steps` is
 * injectable so the migration machinery is testable before a second version exists.
 */
export function migrateFlowFile(
  raw: unknown,
  steps: readonly FlowFileMigration[] = FLOW_FILE_MIGRATIONS,
): MigrateResult {
  const current = 1 + steps.length;
  if (!isObject(raw))
    return fail([], 'file.not_an_object', 'A flow file is a JSON object ({ "format": … }).');
  if (raw.format !== FLOW_FILE_FORMAT)
    return fail(
      ['format'],
      'file.format',
      `This is not a Studio flow file: "format" must be "${FLOW_FILE_FORMAT}".`,
    );
  const version = raw.format_version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return fail(
      ['format_version'],
      'file.format_version',
      'format_version must be a whole number from 1; the file may be damaged.',
    );
  if (version > current)
    return fail(
      ['format_version'],
      'file.too_new',
      `This file has format_version ${version}, written by a newer Studio; this Studio reads up to ${current}. Update Studio, then import it again.`,
    );
  let file = raw;
  for (let v = version; v < current; v++) {
    const step = steps[v - 1];
    if (!step) throw new Error(`no flow file migration from format_version ${v}`);
    file = { ...step(file), format_version: v + 1 };
  }
  const parsed = flowFileSchema.safeParse(file);
  return parsed.success
    ? { ok: true, file: parsed.data }
    : { ok: false, findings: findingsOf(parsed.error) };
}
