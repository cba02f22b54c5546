/** The `idv-studio` command line: argument parsing and dispatch. */
import type { CliIo } from './io';
import { codegenCommand, LANG_NAMES } from './codegen-command';
import { diffCommand } from './diff-command';
import { validateCommand } from './validate-command';

const USAGE = `Usage: idv-studio <command> [options]

Commands:
  validate <file...>   Validate Yoti IDV session specs (JSON files).
                       Prints one line per finding: file: json.path: severity: message [code]
                       Exit 0 when all are valid (warnings allowed), 1 when any is invalid,
                       2 when a file is unreadable, larger than 5 MB or not JSON.

  codegen --lang <lang> <file>
                       Print code that creates a session for the spec, for one of:
                       ${LANG_NAMES.join(', ')}.
                       What the SDK cannot send is listed on stderr.
                       Exit 1 when the spec is invalid (findings on stderr), 2 when the
                       file is unreadable or not JSON, or the language is unknown.

  diff <a.json> <b.json>
                       Show what changed from spec a to spec b, one line a change, grouped
                       by form section; secrets are never shown. A flow file exported by
                       Studio (one flow) stands for its latest version.
                       Exit 0 when equal ("No differences."), 1 when they differ, 2 when a
                       file is unreadable, larger than 5 MB or not JSON, or a spec is invalid
                       (its errors on stderr).

Options:
  --json               Print machine-readable findings (validate) or changes (diff) instead.
  --lang <lang>        The language to export to (codegen); --lang=<lang> works too.
  -h, --help           Show this help.`;

/** Runs the CLI with `args` (without node and script); resolves to the exit code. */
export async function runCli(args: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = args;
  if (!command || command === '-h' || command === '--help' || command === 'help') {
    io.stdout(USAGE);
    return command ? 0 : 2;
  }
  const { flags, values, positional } = parseArgs(rest);
  const unknown = [...flags].filter((f) => !['--json', '--help'].includes(f));
  if (unknown.length) {
    io.stderr(`idv-studio: unknown option ${unknown.join(', ')}\n\n${USAGE}`);
    return 2;
  }
  if (flags.has('--help')) {
    io.stdout(USAGE);
    return 0;
  }
  switch (command) {
    case 'validate':
      return validateCommand(positional, flags.has('--json'), io);
    case 'codegen':
      return codegenCommand(values.get('--lang'), positional, io);
    case 'diff':
      return diffCommand(positional, flags.has('--json'), io);
    default:
      io.stderr(`idv-studio: unknown command "${command}"\n\n${USAGE}`);
      return 2;
  }
}

/** Options that take a value, as `--name value` or `--name=value`. */
const VALUE_OPTIONS = ['--lang'];

function parseArgs(args: string[]): {
  flags: Set<string>;
  values: Map<string, string>;
  positional: string[];
} {
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (!arg.startsWith('--')) positional.push(arg);
    else {
      const eq = arg.indexOf('=');
      const name = eq === -1 ? arg : arg.slice(0, eq);
      if (!VALUE_OPTIONS.includes(name)) flags.add(arg);
      else if (eq !== -1) values.set(name, arg.slice(eq + 1));
      else if (i + 1 < args.length) values.set(name, args[++i] as string);
      else values.set(name, '');
    }
  }
  return { flags, values, positional };
}
