// Opens a workspace database: the key (SQLCipher, through better-sqlite3-multiple-ciphers), a
// check that the key reads it, pragmas (WAL, foreign keys, synchronous=NORMAL), then the numbered
// migrations in one transaction each, after a backup of the database as it was. A database from
// a newer version of the app, or one the key does not open, is refused with a message that says
// so, and is left untouched.
import { mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/types';
import { AppError } from '../errors';

export type Db = Database.Database;

export interface OpenOptions {
  migrations?: readonly Migration[];
  /** The database key (32 bytes); without one the database is in clear (benchmarks, old tests). */
  key?: Buffer;
  /** Where the copy made before a schema migration goes (default: `backups/` beside the file). */
  backupDir?: string;
  now?: () => Date;
  /** Path of better-sqlite3's native binding (the Electron build keeps its own copy). */
  nativeBinding?: string;
}

export function latestVersion(migrations: readonly Migration[] = MIGRATIONS): number {
  return migrations.reduce((max, m) => Math.max(max, m.version), 0);
}

/** Sets the SQLCipher key on a connection just opened (before anything reads the file). */
export function applyKey(db: Db, key: Buffer): void {
  if (key.length !== 32) throw new Error('a database key is 32 bytes');
  db.pragma(`cipher = 'sqlcipher'`);
  db.pragma('legacy = 4');
  db.pragma(`key = "x'${key.toString('hex')}'"`);
}

/** Refuses a file the key (or no key) does not read, before anything is written. */
function checkReadable(db: Db, file: string, keyed: boolean): void {
  try {
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (err) {
    if ((err as { code?: string }).code !== 'SQLITE_NOTADB') throw err;
    throw new AppError(
      'workspace_locked',
      keyed
        ? `${file} cannot be read with this workspace's key (the key file does not belong to it, or the database is damaged). Nothing was changed.`
        : `${file} is encrypted (or is not a workspace database) and no key was given. Nothing was changed.`,
    );
  }
}

/** A consistent copy of the database as it is, encrypted like it (VACUUM INTO); returns its path. */
export function backupDatabase(db: Db, file: string, label: string, backupDir: string, now: Date): string {
  mkdirSync(backupDir, { recursive: true });
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const target = join(backupDir, `${basename(file, '.sqlite')}-${label}-${stamp}.sqlite`);
  // VACUUM INTO, not db.backup(): it is synchronous, and it writes the copy with the connection's
  // own cipher and key, where the backup API would write the pages in clear.
  db.prepare('VACUUM INTO ?').run(target);
  return target;
}

export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const migrations = options.migrations ?? MIGRATIONS;
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    if (options.key) applyKey(db, options.key);
    checkReadable(db, file, !!options.key);
    const current = db.pragma('user_version', { simple: true }) as number;
    const latest = latestVersion(migrations);
    if (current > latest) {
      throw new AppError(
        'workspace_too_new',
        `This workspace (${file}) was written by a newer version of S117 Workbench (schema ${current}; this version knows up to ${latest}). Update the app to open it.`,
      );
    }
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    // A page cache of 64 MB: an encrypted page is decrypted when it enters the cache, so search
    // over a large index should find its pages there rather than decrypt them again.
    db.pragma('cache_size = -65536');
    if (current > 0 && current < latest)
      backupDatabase(
        db,
        file,
        `schema${current}`,
        options.backupDir ?? join(dirname(file), 'backups'),
        options.now?.() ?? new Date(),
      );
    migrate(db, migrations);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): void {
  const ordered = [...migrations].sort((a, b) => a.version - b.version);
  ordered.forEach((m, i) => {
    if (m.version !== i + 1)
      throw new Error(`migration versions must run 1, 2, 3…; found ${m.version} at position ${i + 1}`);
  });
  const current = db.pragma('user_version', { simple: true }) as number;
  for (const m of ordered) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
}
