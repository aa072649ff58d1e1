// Migration 10 puts who dismissed a flag and when on the dismissal's row, taken from the audit
// log for dismissals made before it; one imported with a case file has neither.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { migrate, openDatabase } from '../../electron/store/db';
import { MIGRATIONS } from '../../electron/store/migrations';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 's117-migrate-10-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('takes the author of each earlier dismissal from the audit log', () => {
  const file = join(dir, 'v9.sqlite');
  const raw = new Database(file);
  migrate(
    raw,
    MIGRATIONS.filter((m) => m.version < 10),
  );
  raw
    .prepare(
      `INSERT INTO cases (id, title, received, stage, created_at, updated_at) VALUES ('c1', 'T', '2021-01-01', 'assessment', 'x', 'x')`,
    )
    .run();
  const dismiss = raw.prepare(`INSERT INTO dismissals (case_id, seq, rule, date, reason) VALUES ('c1', ?, ?, ?, 'r')`);
  dismiss.run(0, 'FIRST-REVIEW-LATE', '2019-05-27');
  dismiss.run(1, 'NO-CARE-COORDINATOR', '2019-04-15');
  const audit = raw.prepare(
    `INSERT INTO audit_log (at, actor, case_id, action, entity, entity_id, summary) VALUES (?, ?, 'c1', 'dismiss', 'flag', ?, 's')`,
  );
  audit.run('2024-01-01T10:00:00.000Z', 'First Person', 'FIRST-REVIEW-LATE 2019-05-27');
  audit.run('2024-02-01T10:00:00.000Z', 'Second Person', 'FIRST-REVIEW-LATE 2019-05-27');
  raw.close();

  const db = openDatabase(file);
  const rows = db.prepare(`SELECT rule, dismissed_by, dismissed_at FROM dismissals ORDER BY seq`).all();
  expect(rows).toEqual([
    { rule: 'FIRST-REVIEW-LATE', dismissed_by: 'Second Person', dismissed_at: '2024-02-01T10:00:00.000Z' },
    { rule: 'NO-CARE-COORDINATOR', dismissed_by: null, dismissed_at: null },
  ]);
  db.close();
});
