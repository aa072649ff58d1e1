// `npm run harness`: the app in Chromium on a machine without Electron. With a display it opens
// a window on the real workspace (the same folder the desktop app and the CLI use, or
// --data-dir / $S117_DATA_DIR) and stays until the window is closed; without one (or with
// --screenshot FILE) it runs headless, saves a screenshot and exits.
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { attachHarness, chromiumLaunchOptions, openApp, openHarnessWorkspace } from '../test/harness/browser-harness';
import { defaultDataDir } from '../electron/data-dir';
import { cliPassphrase } from '../electron/cli/passphrase';
import { passphraseKeyProvider } from '../electron/crypto/passphrase-key';

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    screenshot: { type: 'string' },
    route: { type: 'string', default: '/' },
  },
});

const dataDir = values['data-dir'] ?? defaultDataDir();
const headless = !process.env.DISPLAY || values.screenshot !== undefined;
// The real workspace: its own passphrase ($S117_PASSPHRASE, else asked), never the tests' one.
const passphrase = await cliPassphrase().catch((err: Error) => {
  console.error(`harness: ${err.message}`);
  process.exit(1);
});
const workspace = openHarnessWorkspace(dataDir, undefined, { providers: [passphraseKeyProvider(passphrase)] });
const browser = await chromium.launch(chromiumLaunchOptions(headless));
const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
await attachHarness(context, workspace);
const page = await context.newPage();
await openApp(page, values.route);
console.log(`S117 Workbench (browser harness) on the workspace in ${dataDir}`);

if (headless) {
  const file = values.screenshot ?? 'harness-screenshot.png';
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  await page.screenshot({ path: file });
  console.log(`No display: saved a screenshot to ${file}. Set DISPLAY (or run under xvfb-run) for a window.`);
  await browser.close();
  workspace.services.close();
} else {
  console.log('Close the browser window to quit.');
  page.on('close', async () => {
    await browser.close();
    workspace.services.close();
  });
}
