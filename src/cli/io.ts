/** The CLI's only contact with the outside world, injectable for tests. */
import { readFile, stat } from 'node:fs/promises';

export interface CliIo {
  size(file: string): Promise<number>;
  readText(file: string): Promise<string>;
  stdout(line: string): void;
  stderr(line: string): void;
}

export const nodeIo: CliIo = {
  size: async (file) => (await stat(file)).size,
  readText: (file) => readFile(file, 'utf8'),
  stdout: (line) => process.stdout.write(line + '\n'),
  stderr: (line) => process.stderr.write(line + '\n'),
};
