#!/usr/bin/env node
// The `s117` command. Runs the CLI that `npm install` builds ahead of time into dist/cli/
// (scripts/build-cli.mjs, npm's `prepare` step), so nothing is compiled at run time.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/s117.mjs', import.meta.url);
if (!existsSync(entry)) {
  console.error('s117: the command is not built yet: run `npm run build:cli` (npm install does it) and try again.');
  process.exit(1);
}
await import(entry.href);
