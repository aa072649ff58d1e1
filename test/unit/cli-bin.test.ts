// The built `s117` command as a user starts it (its launcher, packages/s117-cli/s117.js, in its own
// process, as npx does): its help (read from dist/cli/usage.mjs alone, the same as the full CLI
// prints), a real command against a workspace, the one-line message when it is not built, and the
// packaging that keeps `npx s117` fast.
import { testPassphrase } from '../support/test-keys';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';

const ROOT = resolve(import.meta.dirname, '../..');
const LAUNCHER = join(ROOT, 'packages/s117-cli');
const BIN = join(LAUNCHER, 's117.js');
let dir: string;

beforeAll(() => {
  // Built from the sources under test, as `npm install` would (its `prepare` step).
  execFileSync(process.execPath, [join(ROOT, 'scripts/build-cli.mjs'), '--quiet'], { cwd: ROOT, stdio: 'inherit' });
  dir = mkdtempSync(join(tmpdir(), 's117-cli-bin-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function s117(bin: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, S117_PASSPHRASE: testPassphrase() },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('the built s117 command', () => {
  it('prints its usage for --help and exits 0', () => {
    const help = s117(BIN, '--help');
    expect(help.code).toBe(0);
    expect(help.err).toBe('');
    expect(help.out).toMatch(/^Usage: s117 \[--data-dir DIR\] \[--user NAME\] COMMAND/);
    for (const command of [
      'cases list',
      'check',
      'remedy',
      'import',
      'export',
      'letter',
      'chronology',
      'evidence add',
      'search',
    ])
      expect(help.out).toContain(`s117 ${command} `);
  });

  it('prints for no arguments and -h exactly what the full CLI prints, with its exit codes', async () => {
    let inProcess = '';
    const code = await runCli([], { out: (t) => (inProcess += `${t}\n`), err: () => {} });
    const bare = s117(BIN);
    expect(bare).toEqual({ code, out: inProcess, err: '' });
    expect(bare.code).toBe(2);
    expect(s117(BIN, '-h')).toEqual({ code: 0, out: inProcess, err: '' });
    // Any other use of --help goes through the full CLI, which prints the same.
    expect(s117(BIN, 'cases', '--help')).toEqual({ code: 0, out: inProcess, err: '' });
  });

  it('creates a case in a SQLite workspace that the next run lists', () => {
    const created = s117(
      BIN,
      '--data-dir',
      dir,
      '--user',
      'Bin Tester',
      'cases',
      'create',
      '--title',
      'Aftercare after s3',
      '--received',
      '2021-03-04',
      '--json',
    );
    expect(created.err).toBe('');
    expect(created.code).toBe(0);
    const id = (JSON.parse(created.out) as { id: string }).id;
    const listed = s117(BIN, '--data-dir', dir, 'cases', 'list', '--json');
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.out)).toEqual([
      expect.objectContaining({ id, title: 'Aftercare after s3', received: '2021-03-04' }),
    ]);
  });

  it('says in one line how to build it when dist/cli is missing', () => {
    const unbuilt = mkdtempSync(join(tmpdir(), 's117-unbuilt-'));
    try {
      const launcher = join(unbuilt, 'packages/s117-cli');
      mkdirSync(launcher, { recursive: true });
      for (const name of ['s117.js', 'package.json']) copyFileSync(join(LAUNCHER, name), join(launcher, name));
      for (const args of [['--help'], ['cases', 'list']]) {
        const r = s117(join(launcher, 's117.js'), ...args);
        expect(r.code).toBe(1);
        expect(r.out).toBe('');
        expect(r.err.trim().split('\n')).toEqual([expect.stringContaining('npm run build:cli')]);
      }
    } finally {
      rmSync(unbuilt, { recursive: true, force: true });
    }
  });

  it('is the bin of a workspace package, not of the root package, so that npx finds its link at once', () => {
    // With a `bin` on the root package, `npx s117` reads the whole installed tree (some 500
    // packages) before running it; a workspace's bin is linked as node_modules/.bin/s117, which
    // npx runs straight away (issue 15).
    const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    const root = read(join(ROOT, 'package.json'));
    expect(root.bin).toBeUndefined();
    expect(root.workspaces).toEqual(['packages/*']);
    expect(read(join(LAUNCHER, 'package.json'))).toMatchObject({ type: 'module', bin: { s117: 's117.js' } });
    if (existsSync(join(ROOT, 'node_modules/s117-cli')))
      expect(readFileSync(join(ROOT, 'node_modules/s117-cli/s117.js'), 'utf8')).toBe(readFileSync(BIN, 'utf8'));
  });
});
