// Benchmark of the `s117` command's start-up: `s117 --help` as whole processes, timed from spawn
// to exit (median of several runs), once as `node packages/s117-cli/s117.js` (the launcher, which
// prints the usage from dist/cli/usage.mjs without loading the commands) and once through
// `npx s117`, which adds npm's own start-up, its lookup of node_modules/.bin/s117 (linked there
// because the bin belongs to the s117-cli workspace: a bin on the root package would make npx
// read the whole installed tree first) and a shell. The floor rows are node printing one line,
// and npx running a one-line script from node_modules/.bin, which this section writes there and
// removes. The CLI is built first (scripts/build-cli.mjs), as `npm install` builds it, so the
// figures are for the current sources. Other work on the machine inflates all of them alike.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BenchResult } from '../types';

const NODE_RUNS = 11;
const NPX_RUNS = 5;
const TARGET_MS = 400;
const ROOT = resolve(import.meta.dirname, '../..');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median wall time of `runs` runs of the command, after one unmeasured run (disk cache). */
function timeProcess(command: string, args: string[], runs: number): number {
  const once = () => {
    const started = performance.now();
    const r = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8' });
    const ms = performance.now() - started;
    if (r.status !== 0 || !r.stdout.startsWith('Usage: s117'))
      throw new Error(`${command} ${args.join(' ')} exited ${r.status}: ${(r.stderr || r.stdout).split('\n')[0]}`);
    return ms;
  };
  once();
  return Math.round(median(Array.from({ length: runs }, once)));
}

export async function runCliStartupBench(): Promise<BenchResult[]> {
  execFileSync(process.execPath, ['scripts/build-cli.mjs', '--quiet'], { cwd: ROOT, stdio: 'inherit' });
  const npxCommand = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  const node = timeProcess(process.execPath, ['packages/s117-cli/s117.js', '--help'], NODE_RUNS);
  const npx = timeProcess(npxCommand, ['s117', '--help'], NPX_RUNS);
  const bare = timeProcess(process.execPath, ['-e', 'console.log("Usage: s117")'], NODE_RUNS);
  // npx's own floor: a one-line script linked where s117 is (not on Windows, which wants a .cmd).
  let npxFloor: number | undefined;
  if (process.platform !== 'win32') {
    const floorName = `s117-bench-floor-${process.pid}`;
    const floorBin = join(ROOT, 'node_modules/.bin', floorName);
    writeFileSync(floorBin, '#!/usr/bin/env node\nconsole.log("Usage: s117");\n');
    chmodSync(floorBin, 0o755);
    try {
      npxFloor = timeProcess(npxCommand, [floorName], NPX_RUNS);
    } finally {
      rmSync(floorBin, { force: true });
    }
  }
  const section = 'cli';
  return [
    {
      section,
      metric: `node packages/s117-cli/s117.js --help (median of ${NODE_RUNS})`,
      value: node,
      unit: 'ms',
      target: `< ${TARGET_MS} ms`,
      pass: node < TARGET_MS,
    },
    {
      section,
      metric: `npx s117 --help, whole process (median of ${NPX_RUNS})`,
      value: npx,
      unit: 'ms',
      target: `< ${TARGET_MS} ms`,
      pass: npx < TARGET_MS,
    },
    { section, metric: 'node alone, printing one line (the floor)', value: bare, unit: 'ms' },
    ...(npxFloor === undefined
      ? []
      : [{ section, metric: "npx running a one-line script (npx's floor)", value: npxFloor, unit: 'ms' }]),
  ];
}
