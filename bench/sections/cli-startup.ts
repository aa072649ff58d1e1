// Benchmark of the `s117` command's start-up: `s117 --help` as whole processes, timed from spawn
// to exit (median of several runs), once as `node bin/s117.js` and once through `npx s117`, which
// adds npm's own start-up and its lookup of the package's bin. The CLI is built first
// (scripts/build-cli.mjs), as `npm install` builds it, so the figures are for the current sources.
import { execFileSync, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
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
  const node = timeProcess(process.execPath, ['bin/s117.js', '--help'], NODE_RUNS);
  const npx = timeProcess(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['s117', '--help'], NPX_RUNS);
  const bare = timeProcess(process.execPath, ['-e', 'console.log("Usage: s117")'], NODE_RUNS);
  const section = 'cli';
  return [
    {
      section,
      metric: `node bin/s117.js --help, whole process (median of ${NODE_RUNS})`,
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
  ];
}
