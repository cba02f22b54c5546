/** What "Download JSON" saves: the canonical serialization, so the same spec gives the same bytes. */
import { serializeSpec, type SessionSpec } from '@/spec/index';

export const EXPORT_FILE_NAME = 'idv-session-spec.json';
export const JSON_MIME_TYPE = 'application/json';

export interface ExportFile {
  name: string;
  type: string;
  text: string;
}

/** The file for a spec: `serializeSpec` plus a trailing newline (POSIX text files end with one). */
export function exportFileFor(spec: SessionSpec): ExportFile {
  return { name: EXPORT_FILE_NAME, type: JSON_MIME_TYPE, text: `${serializeSpec(spec)}\n` };
}
