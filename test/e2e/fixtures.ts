// Playwright fixtures: every test gets a fresh workspace (real SQLite in a temp folder) bridged
// into the real renderer, with the investigator's name already confirmed unless a test wants
// the first-run dialog.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { attachHarness, openApp, openHarnessWorkspace, type HarnessWorkspace } from '../harness/browser-harness';

export const test = base.extend<{ workspace: HarnessWorkspace; app: Page }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern
  workspace: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 's117-e2e-'));
    const workspace = openHarnessWorkspace(dataDir);
    workspace.services.settings.setInvestigatorName('Jo Investigator');
    await use(workspace);
    workspace.services.close();
    rmSync(dataDir, { recursive: true, force: true });
  },
  app: async ({ page, context, workspace }, use) => {
    await attachHarness(context, workspace);
    await openApp(page);
    await use(page);
  },
});

export { expect };
