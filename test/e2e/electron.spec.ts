// The desktop app itself, through Playwright's Electron driver: runs only where an Electron
// binary and an Electron build of better-sqlite3-multiple-ciphers are present (`npm start` makes the latter once);
// elsewhere it is skipped, and says why at run time.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { _electron as electron, test, expect } from '@playwright/test';
import { testPassphrase } from '../support/test-keys';
// @ts-expect-error -- a plain .mjs module shared with the start script
import { electronSqliteBinding, installedElectronBinary } from '../../scripts/electron-paths.mjs';

const binary = (installedElectronBinary as () => string | null)();
const binding = (electronSqliteBinding as () => string)();
const mainScript = resolve('dist/electron/main.cjs');
const missing = !binary
  ? 'no Electron binary on this machine (node_modules/electron has not downloaded one); the browser-harness tests cover the same renderer and handlers'
  : !existsSync(binding)
    ? 'better-sqlite3-multiple-ciphers has not been built for Electron yet: run "npm start -- --prepare-only" once'
    : !existsSync(mainScript)
      ? 'the main process is not built: run "npm run build"'
      : null;

test('the desktop app opens its window on the case list', async () => {
  if (missing) console.log(`Electron end-to-end test skipped: ${missing}.`);
  test.skip(missing !== null, missing ?? '');
  const app = await electron.launch({
    executablePath: binary!,
    args: [mainScript],
    // A CI machine may have no keychain: the passphrase opens the workspace instead.
    env: {
      ...process.env,
      S117_DATA_DIR: mkdtempSync(join(tmpdir(), 's117-electron-')),
      S117_SQLITE_BINDING: binding,
      S117_PASSPHRASE: testPassphrase(),
    },
  });
  const window = await app.firstWindow();
  await expect(window).toHaveTitle('S117 Workbench');
  await expect(window.getByRole('heading', { name: 'Cases' })).toBeVisible();
  const isolated = await window.evaluate(
    () => typeof (window as unknown as { require?: unknown }).require === 'undefined',
  );
  expect(isolated).toBe(true);
  await app.close();
});
