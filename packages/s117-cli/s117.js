#!/usr/bin/env node
// The `s117` command. Runs the CLI that `npm install` builds ahead of time into dist/cli/ at the
// repository's root (scripts/build-cli.mjs, npm's `prepare` step), so nothing is compiled at run
// time. This file lives in a workspace package of its own (packages/s117-cli) rather than as the
// root package's `bin`: npm links it as node_modules/.bin/s117, where `npx s117` finds it at
// once, whereas a `bin` on the root makes npx read the whole installed package tree first.
// `s117`, `s117 --help` and `s117 -h` print the usage from dist/cli/usage.mjs alone, which has no
// imports, without loading the commands (the same text, and exit code, as the full CLI gives).
import { existsSync } from 'node:fs';

const args = process.argv.slice(2);
const helpOnly = args.length === 0 || (args.length === 1 && (args[0] === '--help' || args[0] === '-h'));
const entry = new URL(`../../dist/cli/${helpOnly ? 'usage.mjs' : 's117.mjs'}`, import.meta.url);
if (!existsSync(entry)) {
  console.error('s117: the command is not built yet: run `npm run build:cli` (npm install does it) and try again.');
  process.exit(1);
}
if (helpOnly) {
  const { USAGE } = await import(entry.href);
  process.stdout.write(`${USAGE}\n`);
  process.exitCode = args.length === 0 ? 2 : 0;
} else {
  await import(entry.href);
}
