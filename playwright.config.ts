// Playwright: end-to-end tests of the real renderer in Debian's Chromium, with the real
// handlers bridged in (test/harness/browser-harness.ts). No browser download.
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './test/harness/browser-harness';

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './test/e2e/global-setup.ts',
  fullyParallel: false,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: 'test-results',
  use: {
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions(),
    viewport: { width: 1280, height: 860 },
    screenshot: 'only-on-failure',
    trace: 'off',
  },
});
