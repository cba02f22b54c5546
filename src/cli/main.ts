/** The `idv-studio` command line: argument parsing and dispatch. */
import type { CliIo } from './io';
import { validateCommand } from './validate-command';

const USAGE = `Usage: idv-studio <command> [options]

Commands:
  validate <file...>   Validate Yoti IDV session specs (JSON files).
                       Prints one line per finding: file: json.path: severity: message [code]
                       Exit 0 when all are valid (warnings allowed), 1 when any is invalid,
                       2 when a file is unreadable, larger than 5 MB or not JSON.

Options:
  --json               Print machine-readable findings instead.
  -h, --help           Show this help.`;

/** Runs the CLI with `args` (without node and script); resolves to the exit code. */
export async function runCli(args: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = args;
  if (!command || command === '-h' || command === '--help' || command === 'help') {
    io.stdout(USAGE);
    return command ? 0 : 2;
  }
  const flags = new Set(rest.filter((a) => a.startsWith('--')));
  const positional = rest.filter((a) => !a.startsWith('--'));
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
    default:
      io.stderr(`idv-studio: unknown command "${command}"\n\n${USAGE}`);
      return 2;
  }
}
