// Where the Electron binary and the Electron build of better-sqlite3-multiple-ciphers are, for npm start and the
// Electron end-to-end test. Null when missing; nothing is downloaded here.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '..');
export const electronDir = join(root, 'node_modules', 'electron');

export function installedElectronBinary() {
  const pathFile = join(electronDir, 'path.txt');
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(electronDir, 'dist');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : null;
  return relative && existsSync(join(dist, relative)) ? join(dist, relative) : null;
}

export function electronVersion() {
  return JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version;
}

export function electronSqliteDir() {
  return join(root, '.electron-native', `electron-${electronVersion()}`, 'better-sqlite3-multiple-ciphers');
}

export function electronSqliteBinding() {
  return join(electronSqliteDir(), 'build', 'Release', 'better_sqlite3.node');
}
