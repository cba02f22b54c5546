/** Writing a flow file: secrets masked, keys in a fixed order, same input → same bytes. */
import { maskSpecSecrets } from '../spec/index';
import { FLOW_FILE_FORMAT, FLOW_FILE_VERSION, type FileFlow } from './format';

/** A flow to export, as the store has it (times as ISO strings). */
export type ExportFlow = {
  name: string;
  description: string;
  created_at: string;
  archived_at: string | null;
  published_version: number | null;
  versions: { number: number; created_at: string; message: string; spec: unknown }[];
};

/** The file for `flows`; `history: false` keeps only each flow's latest version. */
export function buildFlowFile(flows: readonly ExportFlow[], exportedAt: string, history = true) {
  return {
    format: FLOW_FILE_FORMAT,
    format_version: FLOW_FILE_VERSION,
    exported_at: exportedAt,
    flows: flows.map((flow) => {
      const versions = history ? flow.versions : flow.versions.slice(-1);
      const kept = versions.some((v) => v.number === flow.published_version);
      return {
        name: flow.name,
        description: flow.description,
        created_at: flow.created_at,
        archived_at: flow.archived_at,
        published_version: kept ? flow.published_version : null,
        versions: versions.map((v) => ({
          number: v.number,
          created_at: v.created_at,
          message: v.message,
          spec: maskSpecSecrets(v.spec),
        })),
      } satisfies Omit<FileFlow, 'versions'> & { versions: unknown[] };
    }),
  };
}

/** 2-space JSON with a final newline. */
export const serializeFlowFile = (file: ReturnType<typeof buildFlowFile>): string =>
  `${JSON.stringify(file, null, 2)}\n`;

/** `Onboarding – UK` → `onboarding-uk`, for download file names. */
export function slugOf(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'flow';
}
