// `npm start`: builds the app and launches it in Electron. Where no Electron binary can be had
// (this package downloads it on first use), it says so in one line and points to the browser
// harness and the CLI. better-sqlite3 is rebuilt for Electron's ABI into .electron-native/ so
// the Node copy that tests and the CLI use is never overwritten (DESIGN.md "Native modules").
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, '..');
const electronDir = join(root, 'node_modules', 'electron');

function fail(message) {
  console.error(`S117 Workbench: ${message}`);
  process.exit(1);
}

function electronBinary() {
  const pathFile = join(electronDir, 'path.txt');
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(electronDir, 'dist');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : null;
  if (relative && existsSync(join(dist, relative))) return join(dist, relative);
  // Electron fetches its binary on first use; give it one quiet try.
  const attempt = spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'ignore', timeout: 120_000 });
  const after = existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : null;
  if (attempt.status === 0 && after && existsSync(join(dist, after))) return join(dist, after);
  return null;
}

if (!existsSync(electronDir)) fail('the electron package is not installed; run "npm install" first.');
const binary = electronBinary();
if (!binary)
  fail(
    'no Electron binary is available on this machine (it could not be downloaded). Try the app in Chromium with "npm run harness", or use the "s117" command line (npx s117 --help).',
  );

execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });

// better-sqlite3 built for Electron, in its own folder.
const electronVersion = require('electron/package.json').version;
const nativeDir = join(root, '.electron-native', `electron-${electronVersion}`, 'better-sqlite3');
const binding = join(nativeDir, 'build', 'Release', 'better_sqlite3.node');
if (!existsSync(binding)) {
  console.log(`Building better-sqlite3 for Electron ${electronVersion} (once)…`);
  cpSync(join(root, 'node_modules', 'better-sqlite3'), nativeDir, { recursive: true, filter: (p) => !p.includes(`${join('better-sqlite3', 'build')}`) });
  const gyp = require.resolve('node-gyp/bin/node-gyp.js');
  const built = spawnSync(
    process.execPath,
    [gyp, 'rebuild', '--release', `--target=${electronVersion}`, '--runtime=electron', '--dist-url=https://electronjs.org/headers'],
    { cwd: nativeDir, stdio: 'inherit' },
  );
  if (built.status !== 0) fail('could not build better-sqlite3 for Electron (it needs Electron\'s headers from the internet).');
}

const child = spawn(binary, [join(root, 'dist', 'electron', 'main.cjs')], {
  stdio: 'inherit',
  env: { ...process.env, S117_SQLITE_BINDING: binding },
});
child.on('exit', (code) => process.exit(code ?? 0));
