// Builds the renderer once before the end-to-end tests, so they run against the real bundle.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

export default function globalSetup() {
  if (process.env.S117_SKIP_RENDERER_BUILD === '1') return;
  execFileSync(process.execPath, [resolve('node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
}
