// Rows of anonymise_decisions: what the investigator decided about each identifying detail of an
// anonymised letter or chronology. Callers wrap writes in a transaction with their audit entry.
import type { Db } from './db';
import { detailKey, type PiiDecision } from '../../shared/letters/pii/decision';
import type { PiiKind } from '../../shared/letters/pii/types';

/** What a review is about: one letter, or the case's chronology. */
export type ReviewTarget = { kind: 'letter'; letterId: string } | { kind: 'chronology' };

export const targetKey = (target: ReviewTarget) =>
  target.kind === 'letter' ? `letter:${target.letterId}` : 'chronology';

export type StoredDecision = PiiDecision & { decidedAt: string; decidedBy: string };

interface DecisionRow {
  detail: string;
  kind: string | null;
  action: 'replace' | 'keep';
  replacement: string | null;
  reason: string | null;
  decided_at: string;
  decided_by: string;
}

function fromRow(r: DecisionRow): StoredDecision {
  const kind = r.kind ? { kind: r.kind as PiiKind } : {};
  const who = { decidedAt: r.decided_at, decidedBy: r.decided_by };
  return r.action === 'replace'
    ? { text: r.detail, ...kind, action: 'replace', replacement: r.replacement ?? '', ...who }
    : { text: r.detail, ...kind, action: 'keep', reason: r.reason ?? '', ...who };
}

export function listDecisions(db: Db, caseId: string, target: ReviewTarget): StoredDecision[] {
  return (
    db
      .prepare(`SELECT * FROM anonymise_decisions WHERE case_id = ? AND target = ? ORDER BY decided_at, detail`)
      .all(caseId, targetKey(target)) as DecisionRow[]
  ).map(fromRow);
}

export function getDecision(db: Db, caseId: string, target: ReviewTarget, text: string): StoredDecision | null {
  const row = db
    .prepare(`SELECT * FROM anonymise_decisions WHERE case_id = ? AND target = ? AND detail = ?`)
    .get(caseId, targetKey(target), detailKey(text)) as DecisionRow | undefined;
  return row ? fromRow(row) : null;
}

export function saveDecision(
  db: Db,
  caseId: string,
  target: ReviewTarget,
  decision: PiiDecision,
  at: string,
  by: string,
): void {
  db.prepare(
    `INSERT INTO anonymise_decisions (case_id, target, detail, kind, action, replacement, reason, decided_at, decided_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (case_id, target, detail) DO UPDATE SET kind = excluded.kind, action = excluded.action,
       replacement = excluded.replacement, reason = excluded.reason, decided_at = excluded.decided_at,
       decided_by = excluded.decided_by`,
  ).run(
    caseId,
    targetKey(target),
    detailKey(decision.text),
    decision.kind ?? null,
    decision.action,
    decision.action === 'replace' ? decision.replacement : null,
    decision.action === 'keep' ? decision.reason : null,
    at,
    by,
  );
}

export function deleteDecision(db: Db, caseId: string, target: ReviewTarget, text: string): void {
  db.prepare(`DELETE FROM anonymise_decisions WHERE case_id = ? AND target = ? AND detail = ?`).run(
    caseId,
    targetKey(target),
    detailKey(text),
  );
}

/** Copies one letter's decisions to another (a superseding version starts from the same text). */
export function copyLetterDecisions(db: Db, caseId: string, fromLetterId: string, toLetterId: string): number {
  return db
    .prepare(
      `INSERT OR IGNORE INTO anonymise_decisions (case_id, target, detail, kind, action, replacement, reason, decided_at, decided_by)
       SELECT case_id, ?, detail, kind, action, replacement, reason, decided_at, decided_by
       FROM anonymise_decisions WHERE case_id = ? AND target = ?`,
    )
    .run(
      targetKey({ kind: 'letter', letterId: toLetterId }),
      caseId,
      targetKey({ kind: 'letter', letterId: fromLetterId }),
    ).changes;
}
