/** `idv-studio validate <file...>`: findings per file; exit 0 valid, 1 invalid, 2 unreadable/not JSON. */
import { validateSpecText, type Finding } from '../spec/index';
import type { CliIo } from './io';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface FileReport {
  file: string;
  /** `ok`: read and parsed as JSON; `unreadable`/`too_large`/`not_json`: exit 2. */
  status: 'ok' | 'unreadable' | 'too_large' | 'not_json';
  valid: boolean;
  findings: Finding[];
  error?: string;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** A file's text, or why it cannot be used (exit 2); never throws. */
export async function readInput(
  file: string,
  io: CliIo,
): Promise<{ text: string } | { status: 'unreadable' | 'too_large'; error: string }> {
  const stat = await io.size(file).catch((e: NodeJS.ErrnoException) => e);
  if (stat instanceof Error)
    return { status: 'unreadable', error: `cannot read the file (${stat.code ?? stat.message})` };
  if (stat > MAX_FILE_BYTES)
    return {
      status: 'too_large',
      error: `the file is ${mb(stat)}; specs larger than 5 MB are refused`,
    };
  try {
    return { text: await io.readText(file) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    return { status: 'unreadable', error: `cannot read the file (${code})` };
  }
}

/** Reads and validates one file; never throws. */
export async function checkFile(file: string, io: CliIo): Promise<FileReport> {
  const input = await readInput(file, io);
  if (!('text' in input)) return { file, valid: false, findings: [], ...input };
  const result = validateSpecText(input.text);
  const notJson = result.findings.some((f) => f.code === 'json.syntax');
  return {
    file,
    status: notJson ? 'not_json' : 'ok',
    valid: result.valid,
    findings: result.findings,
  };
}

/** One line per finding: `file: json.path: severity: message [code]`. */
export function formatHuman(report: FileReport): string[] {
  if (report.error) return [`${report.file}: ${report.error}`];
  return report.findings.map(
    (f) => `${report.file}: ${f.pathText}: ${f.severity}: ${f.message} [${f.code}]`,
  );
}

export function exitCode(reports: readonly FileReport[]): 0 | 1 | 2 {
  if (reports.some((r) => r.status !== 'ok')) return 2;
  return reports.every((r) => r.valid) ? 0 : 1;
}

export async function validateCommand(files: string[], json: boolean, io: CliIo): Promise<number> {
  if (files.length === 0) {
    io.stderr('idv-studio validate: give at least one file, e.g. idv-studio validate spec.json');
    return 2;
  }
  const reports: FileReport[] = [];
  for (const file of files) reports.push(await checkFile(file, io));
  if (json) io.stdout(JSON.stringify({ files: reports }, null, 2));
  else {
    for (const r of reports) for (const line of formatHuman(r)) io.stdout(line);
    const invalid = reports.filter((r) => !r.valid).length;
    const count = (sev: string) =>
      reports.reduce((n, r) => n + r.findings.filter((f) => f.severity === sev).length, 0);
    io.stderr(
      `${reports.length} file(s): ${reports.length - invalid} valid, ${invalid} invalid; ${count('error')} error(s), ${count('warning')} warning(s)`,
    );
  }
  return exitCode(reports);
}
