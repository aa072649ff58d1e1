#!/usr/bin/env node
// The `s117` command. Runs the TypeScript sources through tsx, so it works straight after
// `npm install` with no build step.
import { register } from 'tsx/esm/api';

register();
await import('../electron/cli/run.ts');
