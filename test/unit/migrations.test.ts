// Migrations: they build a workspace from an empty file, bring forward a database made by the
// previous migration (after a backup of it as it was, encrypted like it), and a database from a
// newer app is refused untouched.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyKey, latestVersion, migrate, openDatabase } from '../../electron/store/db';
import { MIGRATIONS } from '../../electron/store/migrations';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 's117-migrate-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('migrations', () => {
  it('build every table on an empty file and set user_version', () => {
    const db = openDatabase(join(dir, 'w.sqlite'));
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion());
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type='table'`).pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['cases', 'people', 'organisations', 'audit_log']));
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('bring a database made by the previous migration up to date, keeping its data', () => {
    const file = join(dir, 'old.sqlite');
    const previous = MIGRATIONS.slice(0, -1);
    const raw = new Database(file);
    migrate(raw, previous);
    if (previous.length > 0) {
      raw
        .prepare(
          `INSERT INTO cases (id, title, received, stage, created_at, updated_at) VALUES ('c1', 'Kept', '2021-01-01', 'assessment', 'x', 'x')`,
        )
        .run();
    }
    raw.close();
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion());
    if (previous.length > 0) expect(db.prepare(`SELECT title FROM cases`).pluck().get()).toBe('Kept');
    db.close();
  });

  it('back up the database before migrating it: a consistent copy at its old schema, encrypted like it', () => {
    const file = join(dir, 'workspace.sqlite');
    const key = randomBytes(32);
    const previous = MIGRATIONS.slice(0, -1);
    const raw = new Database(file);
    applyKey(raw, key);
    raw.pragma('journal_mode = WAL');
    migrate(raw, previous);
    raw
      .prepare(
        `INSERT INTO cases (id, title, received, stage, created_at, updated_at) VALUES ('c1', 'Kept in the backup', '2021-01-01', 'assessment', 'x', 'x')`,
      )
      .run();
    raw.close();

    const db = openDatabase(file, { key });
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion());
    db.close();
    const backups = readdirSync(join(dir, 'backups'));
    expect(backups).toEqual([expect.stringMatching(new RegExp(`^workspace-schema${previous.length}-.*\\.sqlite$`))]);
    const backupFile = join(dir, 'backups', backups[0]!);
    expect(readFileSync(backupFile).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    const copy = new Database(backupFile, { readonly: true });
    applyKey(copy, key);
    expect(copy.pragma('user_version', { simple: true })).toBe(previous.length);
    expect(copy.prepare(`SELECT title FROM cases`).pluck().get()).toBe('Kept in the backup');
    copy.close();

    // Opening an up-to-date workspace makes no further backup.
    openDatabase(file, { key }).close();
    expect(readdirSync(join(dir, 'backups'))).toHaveLength(1);
  });

  it('make no backup of a new workspace', () => {
    openDatabase(join(dir, 'fresh.sqlite')).close();
    expect(existsSync(join(dir, 'backups'))).toBe(false);
  });

  it('refuse a database from a newer version, with a clear message, and leave it untouched', () => {
    const file = join(dir, 'new.sqlite');
    const raw = new Database(file);
    raw.pragma(`user_version = ${latestVersion() + 5}`);
    raw.exec(`CREATE TABLE future (x)`);
    raw.close();
    expect(() => openDatabase(file)).toThrow(/newer version of S117 Workbench/);
    const again = new Database(file);
    expect(again.pragma('user_version', { simple: true })).toBe(latestVersion() + 5);
    again.close();
  });

  it('keep the audit log append-only', () => {
    const db = openDatabase(join(dir, 'a.sqlite'));
    db.prepare(
      `INSERT INTO audit_log (at, actor, action, entity, summary) VALUES ('t', 'me', 'create', 'case', 's')`,
    ).run();
    expect(() => db.prepare(`UPDATE audit_log SET actor = 'someone else'`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`DELETE FROM audit_log`).run()).toThrow(/append-only/);
    db.close();
  });
});
