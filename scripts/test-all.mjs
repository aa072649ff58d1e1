// `npm test`: typecheck, lint, unit tests (Vitest), end-to-end tests (Playwright in Chromium),
// in that order, each with its own counts; then one closing line with the totals. Exits non-zero
// if any step failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Outside test-results/, which Playwright empties when it starts.
const results = join('node_modules', '.cache', 's117-test-runs');
mkdirSync(results, { recursive: true });
const bin = (name) => join('node_modules', '.bin', name);

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const r = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = r.status === 0;
  console.log(`${ok ? '✓' : '✗'} ${label} (${seconds}s)`);
  return ok;
}

const steps = [];
steps.push(['typecheck', run('Typecheck (tsc)', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit'])]);
steps.push(['lint', run('Lint (eslint)', bin('eslint'), ['--max-warnings=0', '.'])]);
const unitJson = join(results, 'vitest.json');
steps.push([
  'unit',
  run('Unit tests (vitest)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitJson}`]),
]);
const e2eJson = join(results, 'playwright.json');
steps.push([
  'e2e',
  run('End-to-end tests (playwright, Chromium)', bin('playwright'), ['test', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson,
  }),
]);

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(unitJson)) {
  const u = JSON.parse(readFileSync(unitJson, 'utf8'));
  passed += u.numPassedTests ?? 0;
  failed += u.numFailedTests ?? 0;
  skipped += (u.numPendingTests ?? 0) + (u.numTodoTests ?? 0);
}
if (existsSync(e2eJson)) {
  const s = JSON.parse(readFileSync(e2eJson, 'utf8')).stats ?? {};
  passed += (s.expected ?? 0) + (s.flaky ?? 0);
  failed += s.unexpected ?? 0;
  skipped += s.skipped ?? 0;
}
const failedSteps = steps.filter(([, ok]) => !ok).map(([name]) => name);
console.log(`\n${failedSteps.length ? `Failed steps: ${failedSteps.join(', ')}` : 'All steps passed: typecheck, lint, unit, e2e.'}`);
console.log(`Tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failedSteps.length ? 1 : 0);
