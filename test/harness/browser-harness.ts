// The browser host (DESIGN.md "Two hosts"): opens the built renderer in Chromium and bridges
// window.workbench.invoke to the real handlers over a real workspace, with page.exposeBinding.
// The renderer cannot tell it from Electron: only the transport and the dialogs differ.
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { BrowserContext, LaunchOptions, Page } from '@playwright/test';
import { createServices, type Services } from '../../electron/services';
import { createHandlers } from '../../electron/handlers';
import { scriptedHost } from '../../electron/host';
import { testKeys } from '../support/test-keys';
import type { WorkspaceKeys } from '../../electron/crypto/workspace-key';

export const HARNESS_ORIGIN = 'http://workbench.local';
export const RENDERER_DIR = process.env.S117_RENDERER_DIR ?? resolve(import.meta.dirname, '../../dist/renderer');

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

/** Chromium as this machine has it: Debian's build, and no background traffic to a closed network. */
export function chromiumLaunchOptions(headless = true): LaunchOptions {
  const executablePath =
    process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  return {
    executablePath,
    headless,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  };
}

export interface HarnessWorkspace {
  services: Services;
  host: ReturnType<typeof scriptedHost>;
  dataDir: string;
}

/** A workspace for the harness; `keys` default to the test passphrase (end-to-end tests). */
export function openHarnessWorkspace(
  dataDir: string,
  actor?: string,
  keys: WorkspaceKeys = testKeys(),
): HarnessWorkspace {
  return { services: createServices({ dataDir, keys, actor }), host: scriptedHost(), dataDir };
}

/**
 * Serves the built renderer at HARNESS_ORIGIN and bridges the IPC contract into the page. Every
 * reply is checked against the contract, as tests want; the bench turns that off to time what
 * the desktop app does (its main process does not check its own replies).
 */
export async function attachHarness(
  context: BrowserContext,
  workspace: HarnessWorkspace,
  { validateOutputs = true }: { validateOutputs?: boolean } = {},
): Promise<void> {
  if (!existsSync(join(RENDERER_DIR, 'index.html')))
    throw new Error(`No built renderer in ${RENDERER_DIR}: run "npm run build:renderer" first.`);
  const handlers = createHandlers(workspace.services, workspace.host, { validateOutputs });
  await context.route(`${HARNESS_ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    const evidence = /\/evidence-file\/([0-9a-f]{64})$/.exec(url.pathname);
    if (evidence) {
      // Evidence bytes reach the viewer by URL, as Electron's protocol serves them.
      const original = workspace.services.evidence.originalBySha(evidence[1]!);
      if (!original) return route.fulfill({ status: 404, body: 'no such evidence' });
      return route.fulfill({ status: 200, contentType: original.mimeType, body: await original.read() });
    }
    const relative = normalize(decodeURIComponent(url.pathname)).replace(/^[/\\]+/, '') || 'index.html';
    const file = join(RENDERER_DIR, relative);
    if (!file.startsWith(RENDERER_DIR) || !existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({
      status: 200,
      contentType: MIME[extname(file)] ?? 'application/octet-stream',
      body: readFileSync(file),
    });
  });
  // Replies cross as one JSON string: Playwright's own serialiser walks a value object by object
  // and takes about a second over 10,000 events, where Electron's structured clone takes a few
  // milliseconds. The contract's values are plain JSON (no dates, no bytes), so nothing is lost.
  await context.exposeBinding('__workbenchInvoke', async (_source, channel: unknown, payload: unknown) =>
    JSON.stringify(await handlers.invoke(channel, payload)),
  );
  // A string, not a function: tools that rewrite functions (tsx adds helpers) would break it.
  await context.addInitScript({
    content:
      'window.workbench = { invoke: (channel, payload) => window.__workbenchInvoke(channel, payload).then(JSON.parse) };',
  });
}

export async function openApp(page: Page, hash = '/'): Promise<void> {
  await page.goto(`${HARNESS_ORIGIN}/index.html#${hash}`);
}
