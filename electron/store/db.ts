// Opens a workspace database: pragmas (WAL, foreign keys, synchronous=NORMAL), then the
// numbered migrations in one transaction each. A database from a newer version of the app is
// refused with a message that says so, and is left untouched.
import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/types';
import { AppError } from '../errors';

export type Db = Database.Database;

export interface OpenOptions {
  migrations?: readonly Migration[];
  /** Path of better-sqlite3's native binding (the Electron build keeps its own copy). */
  nativeBinding?: string;
}

export function latestVersion(migrations: readonly Migration[] = MIGRATIONS): number {
  return migrations.reduce((max, m) => Math.max(max, m.version), 0);
}

export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const migrations = options.migrations ?? MIGRATIONS;
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
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
