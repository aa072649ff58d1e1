// Deleting a case purges it: every row of it (the foreign keys cascade to people, evidence and its
// pages, the chronology, findings, remedies, letters and their drafts), its history in the audit
// log, its words in the search indexes (merged, so no deleted token stays in an index segment),
// and the stored files no other case holds. One content-free audit entry is left: which case
// (id and reference), who, when, and how much went. Then VACUUM, with secure_delete on, so the
// freed pages are zeroed and the file shrinks, and a WAL checkpoint, so no old page lingers there.
import { chmodSync, existsSync, rmSync } from 'node:fs';
import type { Db } from './db';
import { createMutator } from './mutate';
import { getCase } from './cases-repo';
import { referencedHashes } from './evidence-repo';

const NO_DELETE_TRIGGER = `CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END`;

export interface PurgeReport {
  evidenceItems: number;
  letters: number;
  historyEntries: number;
  filesRemoved: number;
}

const count = (db: Db, sql: string, caseId: string) => db.prepare(sql).pluck().get(caseId) as number;

export function purgeCase(
  db: Db,
  input: { actor: string; caseId: string; pathOfStoredFile(sha256: string): string; now?: Date },
): PurgeReport {
  const { caseId } = input;
  const before = getCase(db, caseId);
  const hashes = db
    .prepare(
      `SELECT sha256 FROM evidence WHERE case_id = ? UNION SELECT sha256 FROM letter_renditions WHERE case_id = ?`,
    )
    .pluck()
    .all(caseId, caseId) as string[];
  const report: PurgeReport = {
    evidenceItems: count(db, `SELECT count(*) FROM evidence WHERE case_id = ?`, caseId),
    letters: count(db, `SELECT count(*) FROM letters WHERE case_id = ?`, caseId),
    historyEntries: count(db, `SELECT count(*) FROM audit_log WHERE case_id = ?`, caseId),
    filesRemoved: 0,
  };
  db.pragma('secure_delete = ON');
  try {
    createMutator({ db, actor: () => input.actor, now: () => input.now ?? new Date() })((change) => {
      db.prepare(`DELETE FROM cases WHERE id = ?`).run(caseId);
      // The one sanctioned exception to the append-only log: a purged case's history goes with
      // it (its summaries quote the case), inside this transaction, and the guard comes back.
      db.exec(`DROP TRIGGER audit_log_no_delete`);
      db.prepare(`DELETE FROM audit_log WHERE case_id = ?`).run(caseId);
      db.exec(NO_DELETE_TRIGGER);
      change.audit({
        caseId,
        action: 'purge',
        entity: 'case',
        entityId: caseId,
        summary: `Purged case ${caseId}${before.reference ? ` (reference ${before.reference})` : ''}: ${report.evidenceItems} evidence items, ${report.letters} letters and ${report.historyEntries} history entries removed`,
      });
    });
    // Deleted FTS rows leave their tokens in the index segments until they are merged.
    db.exec(`INSERT INTO evidence_page_fts(evidence_page_fts) VALUES ('optimize')`);
    db.exec(`INSERT INTO evidence_meta_fts(evidence_meta_fts) VALUES ('optimize')`);
    const stillHeld = referencedHashes(db);
    for (const sha of hashes) {
      if (stillHeld.has(sha)) continue;
      const path = input.pathOfStoredFile(sha);
      if (!existsSync(path)) continue;
      chmodSync(path, 0o644); // stored files are read-only, which Windows will not delete
      rmSync(path, { force: true });
      report.filesRemoved++;
    }
    try {
      db.exec('VACUUM');
      db.pragma('wal_checkpoint(TRUNCATE)');
    } catch (err) {
      // Another process reading the workspace (the CLI) can hold VACUUM off; the purge itself is
      // committed, and secure_delete has already zeroed the freed pages.
      if ((err as { code?: string }).code !== 'SQLITE_BUSY') throw err;
    }
  } finally {
    db.pragma('secure_delete = OFF');
  }
  return report;
}
