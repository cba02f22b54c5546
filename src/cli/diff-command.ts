/** `idv-studio diff <a> <b> [--json]`: what changed between two specs; exit 0 equal, 1 not, 2 bad input. */
import { readFlowFile } from '../flows/index';
import {
  DIFF_SECTIONS,
  diffSpecs,
  validateSpecText,
  type Finding,
  type SessionSpec,
} from '../spec/index';
import type { CliIo } from './io';
import { formatHuman, readInput } from './validate-command';

type Loaded = { ok: true; spec: SessionSpec; name: string } | { ok: false; lines: string[] };

const errorLines = (file: string, findings: Finding[]): string[] =>
  formatHuman({
    file,
    status: 'ok',
    valid: false,
    findings: findings.filter((f) => f.severity === 'error'),
  });

/** A flow file (format "idv-studio/flows") holding one flow: its latest version. */
function fromFlowFile(file: string, text: string): Loaded {
  const read = readFlowFile(file, text);
  if (!read.ok) return { ok: false, lines: errorLines(file, read.findings) };
  const [flow, ...more] = read.flows;
  const latest = flow?.versions.at(-1);
  if (!flow || !latest || more.length)
    return {
      ok: false,
      lines: [
        `${file}: flows: the file holds ${read.flows.length} flows; export the one flow to compare`,
      ],
    };
  return { ok: true, spec: latest.spec, name: `${file} (${flow.name} v${latest.number})` };
}

/** Reads one side: a session spec, or a flow file with one flow. */
async function load(file: string, io: CliIo): Promise<Loaded> {
  const input = await readInput(file, io);
  if (!('text' in input)) return { ok: false, lines: [`${file}: ${input.error}`] };
  const result = validateSpecText(input.text);
  const { value } = result;
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && 'format' in value)
    return fromFlowFile(file, input.text);
  if (!result.spec || !result.valid) return { ok: false, lines: errorLines(file, result.findings) };
  return { ok: true, spec: result.spec, name: file };
}

/** Runs the command with its two file arguments; resolves to the exit code. */
export async function diffCommand(files: string[], json: boolean, io: CliIo): Promise<number> {
  if (files.length !== 2) {
    io.stderr('idv-studio diff: give two files, e.g. idv-studio diff old.json new.json');
    return 2;
  }
  const [a, b] = [await load(files[0] as string, io), await load(files[1] as string, io)];
  if (!a.ok || !b.ok) {
    for (const side of [a, b]) if (!side.ok) for (const line of side.lines) io.stderr(line);
    return 2;
  }
  const changes = diffSpecs(a.spec, b.spec);
  if (json) io.stdout(JSON.stringify({ equal: changes.length === 0, changes }, null, 2));
  else if (changes.length === 0) io.stdout('No differences.');
  else {
    for (const section of DIFF_SECTIONS) {
      const lines = changes.filter((c) => c.section === section);
      if (lines.length) io.stdout([section, ...lines.map((c) => `  ${c.summary}`)].join('\n'));
    }
    io.stderr(`${changes.length} change(s) from ${a.name} to ${b.name}`);
  }
  return changes.length === 0 ? 0 : 1;
}
