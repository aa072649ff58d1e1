// Entry point for packages/s117-cli/s117.js: runs the CLI with the process's arguments and exits with its code.
import { runCli } from './main';

process.exitCode = await runCli(process.argv.slice(2));
