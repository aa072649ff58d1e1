// Builds the renderer once before the end-to-end tests, into a folder of this run's own (so
// runs side by side never serve each other's half-written bundle), tells the workers where, and
// returns the teardown that removes it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export default function globalSetup() {
  if (process.env.S117_RENDERER_DIR) return;
  const outDir = mkdtempSync(join(tmpdir(), 's117-renderer-'));
  execFileSync(
    process.execPath,
    [resolve('node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'],
    { stdio: 'inherit' },
  );
  process.env.S117_RENDERER_DIR = outDir;
  return () => rmSync(outDir, { recursive: true, force: true });
}
