/** Reading an imported file: JSON text → flows with valid specs, or findings with file paths. */
import {
  finding,
  getAtPath,
  isJsonObject,
  MASK,
  parseJsonText,
  secretPathsOf,
  validateSpec,
  validateSpecText,
  type Finding,
  type JsonPath,
  type SessionSpec,
} from '../spec/index';
import { FLOW_FILE_FORMAT, FLOW_FILE_VERSION, migrateFlowFile, type FileFlow } from './format';
import { NAME_MAX } from './names';

/** A flow ready to store: specs validated, versions in ascending order. */
export type ImportedFlow = Omit<FileFlow, 'versions'> & {
  versions: (Omit<FileFlow['versions'][number], 'spec'> & { spec: SessionSpec })[];
};

export type ReadResult =
  /** `bare`: the file was a plain session spec, so finding paths are relative to it. */
  | { ok: true; flows: ImportedFlow[]; findings: Finding[]; bare: boolean }
  | { ok: false; findings: Finding[] };

const prefixed = (prefix: JsonPath, f: Finding): Finding =>
  finding(f.severity, f.code, [...prefix, ...f.path], f.message, f.fix);

/** `onboarding.flow.json` → `onboarding`. */
export function flowNameFromFile(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const name = base
    .replace(/(\.flow)?\.json$/i, '')
    .trim()
    .slice(0, NAME_MAX)
    .trim();
  return name || 'Imported flow';
}

/** Secrets that were masked on export: a warning at each, since they must be entered again. */
function maskedSecrets(spec: unknown, prefix: JsonPath): Finding[] {
  return secretPathsOf(spec)
    .filter((path) => getAtPath(spec, path) === MASK)
    .map((path) =>
      finding(
        'warning',
        'secret.masked',
        [...prefix, ...path],
        'This secret was removed when the flow was exported; enter it again before launching.',
      ),
    );
}

/** A bare session spec (no "format" key) becomes one flow with one version. */
function wrapBareSpec(fileName: string, spec: Record<string, unknown>) {
  return {
    format: FLOW_FILE_FORMAT,
    format_version: FLOW_FILE_VERSION,
    flows: [{ name: flowNameFromFile(fileName), versions: [{ number: 1, message: '', spec }] }],
  };
}

/**
 * Reads one file. Errors make it unusable; warnings (masked secrets, a published version the file
 * does not hold) come back with the flows. Finding paths say where in the file the problem is.
 */
export function readFlowFile(fileName: string, text: string): ReadResult {
  const json = parseJsonText(text);
  // The spec validator words JSON syntax errors (with line and column) the same way for any text.
  if (!json.ok) return { ok: false, findings: validateSpecText(text).findings };
  const bare = isJsonObject(json.value) && !('format' in json.value);
  const raw = bare ? wrapBareSpec(fileName, json.value as Record<string, unknown>) : json.value;
  const migrated = migrateFlowFile(raw);
  if (!migrated.ok) return migrated;

  const findings: Finding[] = [];
  const flows = migrated.file.flows.map((flow, i): ImportedFlow => {
    const at: JsonPath = bare ? [] : ['flows', i];
    const versions = flow.versions.map((version, j) => {
      const specAt = bare ? [] : [...at, 'versions', j, 'spec'];
      const result = validateSpec(version.spec);
      findings.push(
        ...result.findings.filter((f) => f.severity === 'error').map((f) => prefixed(specAt, f)),
        ...maskedSecrets(version.spec, specAt),
      );
      return { ...version, spec: result.spec as SessionSpec };
    });
    const published = flow.published_version;
    const keepsPublished = published === null || versions.some((v) => v.number === published);
    if (!keepsPublished)
      findings.push(
        finding(
          'warning',
          'flow.published_missing',
          [...at, 'published_version'],
          `Version ${published} is marked published but is not in the file; the flow is imported unpublished.`,
        ),
      );
    return {
      ...flow,
      published_version: keepsPublished ? published : null,
      versions: versions.sort((a, b) => a.number - b.number),
    };
  });
  return findings.some((f) => f.severity === 'error')
    ? { ok: false, findings }
    : { ok: true, flows, findings, bare };
}
