// The built `s117` command as a user starts it (node bin/s117.js in its own process, as npx does):
// its help, a real command against a workspace, and the one-line message when it is not built.
import { testPassphrase } from '../support/test-keys';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/s117.js');
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
      mkdirSync(join(unbuilt, 'bin'));
      copyFileSync(BIN, join(unbuilt, 'bin/s117.js'));
      const r = s117(join(unbuilt, 'bin/s117.js'), '--help');
      expect(r.code).toBe(1);
      expect(r.out).toBe('');
      expect(r.err.trim().split('\n')).toEqual([expect.stringContaining('npm run build:cli')]);
    } finally {
      rmSync(unbuilt, { recursive: true, force: true });
    }
  });
});
