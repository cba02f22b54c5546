/** Entry point used by bin/idv-studio.mjs. */
import { nodeIo } from './io';
import { runCli } from './main';

process.exitCode = await runCli(process.argv.slice(2), nodeIo);
