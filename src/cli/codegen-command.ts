/** `idv-studio codegen --lang <lang> <file>`: prints the snippet; exit 1 invalid spec, 2 bad input. */
import { generateCode, LANGS, type Lang } from '../codegen/index';
import { validateSpecText } from '../spec/index';
import type { CliIo } from './io';
import { checkFile, formatHuman } from './validate-command';

export const LANG_NAMES = LANGS.map((l) => l.id);

/** Runs the command; `lang` is the raw `--lang` value. */
export async function codegenCommand(
  lang: string | undefined,
  files: string[],
  io: CliIo,
): Promise<number> {
  if (!lang || !LANG_NAMES.includes(lang as Lang)) {
    io.stderr(
      `idv-studio codegen: ${lang ? `unknown language "${lang}"` : 'give a language with --lang'}; choose one of ${LANG_NAMES.join(', ')}`,
    );
    return 2;
  }
  if (files.length !== 1) {
    io.stderr(
      'idv-studio codegen: give exactly one spec file, e.g. idv-studio codegen --lang node spec.json',
    );
    return 2;
  }
  const report = await checkFile(files[0] as string, io);
  if (report.status !== 'ok' || !report.valid) {
    for (const line of formatHuman(report)) io.stderr(line);
    return report.status === 'ok' ? 1 : 2;
  }
  const { spec } = validateSpecText(await io.readText(files[0] as string));
  if (!spec) return 1;
  const { code, dropped } = generateCode(spec, lang as Lang);
  io.stdout(code.replace(/\n$/, ''));
  for (const d of dropped) io.stderr(`${files[0]}: ${d.path}: ${d.kind}: ${d.label}: ${d.reason}`);
  return 0;
}
