// `npm start`: builds the app and launches it in Electron. Where no Electron binary can be had
// (this package downloads it on first use), it says so in one line and points to the browser
// harness and the CLI. better-sqlite3-multiple-ciphers is rebuilt for Electron's ABI into .electron-native/ so
// the Node copy that tests and the CLI use is never overwritten (DESIGN.md "Native modules").
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import {
  electronDir,
  electronSqliteBinding,
  electronSqliteDir,
  electronVersion,
  installedElectronBinary,
  root,
} from './electron-paths.mjs';

const require = createRequire(import.meta.url);

function fail(message) {
  console.error(`S117 Workbench: ${message}`);
  process.exit(1);
}

function electronBinary() {
  const installed = installedElectronBinary();
  if (installed) return installed;
  // Electron fetches its binary on first use; give it one quiet try.
  spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'ignore', timeout: 120_000 });
  return installedElectronBinary();
}

if (!existsSync(electronDir)) fail('the electron package is not installed; run "npm install" first.');
const binary = electronBinary();
if (!binary)
  fail(
    'no Electron binary is available on this machine (it could not be downloaded). Try the app in Chromium with "npm run harness", or use the "s117" command line (npx s117 --help).',
  );

/** better-sqlite3-multiple-ciphers built for Electron's ABI, in its own folder (once). */
function prepareSqlite() {
  const binding = electronSqliteBinding();
  if (existsSync(binding)) return binding;
  const version = electronVersion();
  const nativeDir = electronSqliteDir();
  console.log(`Building better-sqlite3-multiple-ciphers for Electron ${version} (once)…`);
  cpSync(join(root, 'node_modules', 'better-sqlite3-multiple-ciphers'), nativeDir, {
    recursive: true,
    filter: (p) => !p.includes(join('better-sqlite3-multiple-ciphers', 'build')),
  });
  const gyp = require.resolve('node-gyp/bin/node-gyp.js');
  const built = spawnSync(
    process.execPath,
    [
      gyp,
      'rebuild',
      '--release',
      `--target=${version}`,
      '--runtime=electron',
      '--dist-url=https://electronjs.org/headers',
    ],
    { cwd: nativeDir, stdio: 'inherit' },
  );
  if (built.status !== 0)
    fail(
      "could not build better-sqlite3-multiple-ciphers for Electron (it needs Electron's headers from the internet).",
    );
  return binding;
}

execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
const binding = prepareSqlite();
// `--prepare-only`: build everything the desktop app needs, without opening it (the Electron e2e).
if (process.argv.includes('--prepare-only')) process.exit(0);

const child = spawn(binary, [join(root, 'dist', 'electron', 'main.cjs')], {
  stdio: 'inherit',
  env: { ...process.env, S117_SQLITE_BINDING: binding },
});
child.on('exit', (code) => process.exit(code ?? 0));
