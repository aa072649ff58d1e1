// Benchmark of the chronology tab on a case of 10,000 events, in Chromium over the real
// handlers (test/harness/browser-harness.ts): time until the first table row is drawn, then a
// scroll from top to bottom with the longest frame and the browser's long tasks recorded, and
// the time to draw the whole timeline. Then the first screen as an investigator meets it: the
// case is open, they click its Chronology tab, and the rows are painted (median of several
// fresh pages, so nothing is cached). The harness does not check replies against the contract
// here, as the desktop app's main process does not.
import { databaseForTests } from '../../electron/services';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { generateLargeCase } from './engine';
import { insertEvent } from '../../electron/store/events-repo';
import type { BenchResult } from '../types';

const EVENT_COUNT = 10_000;
const FIRST_ROW_TARGET_MS = 2000;
const LONGEST_FRAME_TARGET_MS = 50;
const LONG_TASK_TOTAL_TARGET_MS = 200;
const TIMELINE_TARGET_MS = 3000;
const FIRST_SCREEN_TARGET_MS = 300;
const FIRST_SCREEN_RUNS = 5;
/** Pixels scrolled per frame: a fast fling (about 20 rows a frame, every frame new rows). */
const SCROLL_STEP_PX = 900;

// Installed before the app loads: notes when the first event row appears, and (once asked)
// every frame's length and every long task while the list scrolls.
const PROBE = `
window.__bench = { firstRow: null, frames: [], longTasks: [] };
new MutationObserver((_, observer) => {
  if (document.querySelector('[data-testid="event-row"]')) {
    window.__bench.firstRow = performance.now();
    observer.disconnect();
  }
}).observe(document, { childList: true, subtree: true });
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
}).observe({ type: 'longtask', buffered: true });
`;

// Installed once the case page is idle, just before the click: the time of the click, and of the
// first frame painted with an event row in it (the frame after the row enters the page).
const TAB_PROBE = `(() => {
  window.__tab = { clicked: performance.now(), painted: null };
  new MutationObserver((_, observer) => {
    if (!document.querySelector('[data-testid="event-row"]')) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => (window.__tab.painted = performance.now()), 0));
  }).observe(document, { childList: true, subtree: true });
})()`;

const SCROLL = `(async (step) => {
  const el = document.querySelector('[data-testid="chronology-scroll"]');
  const frames = [];
  const started = performance.now();
  let last = started;
  await new Promise((done) => {
    const tick = (now) => {
      frames.push(now - last);
      last = now;
      if (el.scrollTop + el.clientHeight >= el.scrollHeight - 1) return done();
      el.scrollTop += step;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const rows = document.querySelectorAll('[data-testid="event-row"]').length;
  const lastText = document.querySelector('[data-testid="event-row"]:last-of-type')?.textContent ?? '';
  return { started, ended: performance.now(), frames: frames.slice(1), rows, lastText };
})`;

function buildRenderer(): { dir: string; cleanup: () => void } {
  if (process.env.S117_RENDERER_DIR) return { dir: process.env.S117_RENDERER_DIR, cleanup: () => {} };
  const dir = mkdtempSync(join(tmpdir(), 's117-bench-renderer-'));
  execFileSync(
    process.execPath,
    [resolve('node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error', '--outDir', dir, '--emptyOutDir'],
    { stdio: 'inherit' },
  );
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

const round = (n: number) => Math.round(n * 10) / 10;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export async function runChronologyViewBench(): Promise<BenchResult[]> {
  const renderer = buildRenderer();
  const previousDir = process.env.S117_RENDERER_DIR;
  process.env.S117_RENDERER_DIR = renderer.dir;
  // The harness reads S117_RENDERER_DIR when it loads, so it is loaded only now.
  const { attachHarness, chromiumLaunchOptions, openApp, openHarnessWorkspace } =
    await import('../../test/harness/browser-harness');
  const dataDir = mkdtempSync(join(tmpdir(), 's117-bench-chronology-'));
  const workspace = openHarnessWorkspace(dataDir, 'Bench Investigator');
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    workspace.services.settings.setInvestigatorName('Bench Investigator');
    const file = generateLargeCase(EVENT_COUNT);
    const created = workspace.services.cases.create({
      title: file.case.title,
      received: file.case.received,
      stage: 'investigation',
      nation: 'england',
      people: [],
      organisations: file.organisations.map((o) => ({ id: o.id, kind: o.kind, name: o.name })),
    });
    const db = databaseForTests(workspace.services);
    db.transaction(() => file.events.forEach((event, position) => insertEvent(db, created.id, event, position)))();

    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    await context.addInitScript({ content: PROBE });
    await attachHarness(context, workspace, { validateOutputs: false });
    const page = await context.newPage();
    const opened = Date.now();
    await openApp(page, `/cases/${created.id}/chronology`);
    await page.waitForSelector('[data-testid="event-row"]', { timeout: 60_000 });
    const wallToFirstRow = Date.now() - opened;
    const firstRow = (await page.evaluate('window.__bench.firstRow')) as number;
    await page.waitForTimeout(300); // let the first paint settle before scrolling

    const scroll = (await page.evaluate(`${SCROLL}(${SCROLL_STEP_PX})`)) as {
      started: number;
      ended: number;
      frames: number[];
      rows: number;
      lastText: string;
    };
    const longTasks = (
      (await page.evaluate('window.__bench.longTasks')) as Array<{ start: number; duration: number }>
    ).filter((t) => t.start >= scroll.started && t.start <= scroll.ended);
    const sorted = [...scroll.frames].sort((a, b) => a - b);
    const longest = sorted.at(-1) ?? 0;
    const p95 = sorted[Math.floor(sorted.length * 0.95)] ?? 0;
    const longTaskTotal = longTasks.reduce((sum, t) => sum + t.duration, 0);
    const rendered = await page.locator('[data-testid="event-row"]').count();
    const timelineStarted = Date.now();
    await page.getByText('Timeline', { exact: true }).click();
    await page.waitForSelector('[data-testid="timeline-marker"]', { timeout: 60_000 });
    const timelineMs = Date.now() - timelineStarted;
    const shapes = await page.locator('[data-testid="timeline-marker"], [data-testid="timeline-span"]').count();
    await context.close();

    const firstScreens: number[] = [];
    for (let run = 0; run < FIRST_SCREEN_RUNS; run++) {
      const fresh = await browser.newContext({ viewport: { width: 1280, height: 860 } });
      await attachHarness(fresh, workspace, { validateOutputs: false });
      const tabPage = await fresh.newPage();
      await openApp(tabPage, `/cases/${created.id}`);
      const tab = tabPage.getByRole('tab', { name: 'Chronology' });
      await tab.waitFor({ timeout: 60_000 });
      await tabPage.waitForTimeout(500); // the overview settles
      await tabPage.evaluate(TAB_PROBE);
      await tab.click();
      // Polled rather than waitForFunction, which the page's CSP (no eval) refuses.
      const tabTimes = async () =>
        (await tabPage.evaluate('window.__tab')) as { clicked: number; painted: number | null };
      const until = Date.now() + 60_000;
      while ((await tabTimes()).painted === null && Date.now() < until) await tabPage.waitForTimeout(20);
      const { clicked, painted } = await tabTimes();
      if (painted === null) throw new Error('the chronology rows did not appear within a minute');
      firstScreens.push(painted - clicked);
      await fresh.close();
    }
    const firstScreen = Math.round(median(firstScreens));

    const section = 'chronology-view';
    return [
      {
        section,
        metric: `first table row, ${EVENT_COUNT} events (from navigation)`,
        value: Math.round(firstRow),
        unit: 'ms',
        target: `< ${FIRST_ROW_TARGET_MS} ms`,
        pass: firstRow < FIRST_ROW_TARGET_MS,
      },
      { section, metric: 'first table row, wall clock incl. page load', value: wallToFirstRow, unit: 'ms' },
      {
        section,
        metric: `first screen: Chronology tab clicked to rows painted (median of ${FIRST_SCREEN_RUNS})`,
        value: firstScreen,
        unit: 'ms',
        target: `< ${FIRST_SCREEN_TARGET_MS} ms`,
        pass: firstScreen < FIRST_SCREEN_TARGET_MS,
      },
      {
        section,
        metric: `scroll to the end: longest frame (${scroll.frames.length} frames)`,
        value: round(longest),
        unit: 'ms',
        target: `< ${LONGEST_FRAME_TARGET_MS} ms`,
        pass: longest < LONGEST_FRAME_TARGET_MS,
      },
      { section, metric: 'scroll to the end: 95th percentile frame', value: round(p95), unit: 'ms' },
      {
        section,
        metric: `scroll to the end: long tasks (${longTasks.length})`,
        value: Math.round(longTaskTotal),
        unit: 'ms',
        target: `< ${LONG_TASK_TOTAL_TARGET_MS} ms`,
        pass: longTaskTotal < LONG_TASK_TOTAL_TARGET_MS,
      },
      { section, metric: 'rows in the page at once (virtualised)', value: rendered, unit: 'rows' },
      {
        section,
        metric: `timeline drawn (${shapes} shapes)`,
        value: timelineMs,
        unit: 'ms',
        target: `< ${TIMELINE_TARGET_MS} ms`,
        pass: timelineMs < TIMELINE_TARGET_MS,
      },
    ];
  } finally {
    await browser.close();
    workspace.services.close();
    rmSync(dataDir, { recursive: true, force: true });
    if (previousDir === undefined) delete process.env.S117_RENDERER_DIR;
    else process.env.S117_RENDERER_DIR = previousDir;
    renderer.cleanup();
  }
}
