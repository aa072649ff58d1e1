// Payments, offsets, findings, dismissed flags and remedy choices: the parts of a case that the
// case file carries besides its people, organisations, events and evidence.
import type { Db } from './db';
import type {
  CaseFileComplaint,
  CaseFileDismissal,
  CaseFileFinding,
  CaseFileOffset,
  CaseFilePayment,
  CaseFileRemedy,
} from '../../shared/casefile/schema';

export function listPayments(db: Db, caseId: string): CaseFilePayment[] {
  return (
    db.prepare(`SELECT json FROM payments WHERE case_id = ? ORDER BY position`).pluck().all(caseId) as string[]
  ).map((j) => JSON.parse(j) as CaseFilePayment);
}

export function listOffsets(db: Db, caseId: string): CaseFileOffset[] {
  return (
    db.prepare(`SELECT json FROM offsets WHERE case_id = ? ORDER BY position`).pluck().all(caseId) as string[]
  ).map((j) => JSON.parse(j) as CaseFileOffset);
}

export function replacePayments(db: Db, caseId: string, payments: readonly CaseFilePayment[]): void {
  db.prepare(`DELETE FROM payments WHERE case_id = ?`).run(caseId);
  const insert = db.prepare(`INSERT INTO payments (case_id, id, position, json) VALUES (?, ?, ?, ?)`);
  payments.forEach((p, i) => insert.run(caseId, p.id, i, JSON.stringify(p)));
}

export function replaceOffsets(db: Db, caseId: string, offsets: readonly CaseFileOffset[]): void {
  db.prepare(`DELETE FROM offsets WHERE case_id = ?`).run(caseId);
  const insert = db.prepare(`INSERT INTO offsets (case_id, id, position, json) VALUES (?, ?, ?, ?)`);
  offsets.forEach((o, i) => insert.run(caseId, o.id, i, JSON.stringify(o)));
}

interface FindingRow {
  id: string;
  org_id: string;
  rule: string | null;
  fault: string;
  injustice_json: string;
  causation: string | null;
  events_json: string;
  injustice_to_json: string | null;
  heads_json: string | null;
}

export function listFindings(db: Db, caseId: string): CaseFileFinding[] {
  const rows = db.prepare(`SELECT * FROM findings WHERE case_id = ? ORDER BY position`).all(caseId) as FindingRow[];
  return rows.map((r) => ({
    id: r.id,
    org: r.org_id,
    ...(r.rule !== null ? { rule: r.rule } : {}),
    fault: r.fault,
    injustice: JSON.parse(r.injustice_json) as CaseFileFinding['injustice'],
    ...(r.causation !== null ? { causation: r.causation } : {}),
    events: JSON.parse(r.events_json) as string[],
    ...(r.injustice_to_json ? { injusticeTo: JSON.parse(r.injustice_to_json) as string[] } : {}),
    ...(r.heads_json ? { heads: JSON.parse(r.heads_json) as string[] } : {}),
  }));
}

export function getFinding(db: Db, caseId: string, findingId: string): CaseFileFinding | null {
  return listFindings(db, caseId).find((f) => f.id === findingId) ?? null;
}

export function upsertFinding(db: Db, caseId: string, f: CaseFileFinding): void {
  const position =
    (db.prepare(`SELECT position FROM findings WHERE case_id = ? AND id = ?`).pluck().get(caseId, f.id) as
      number | undefined) ??
    (db
      .prepare(`SELECT coalesce(max(position), -1) + 1 FROM findings WHERE case_id = ?`)
      .pluck()
      .get(caseId) as number);
  db.prepare(
    `INSERT INTO findings (case_id, id, position, org_id, rule, fault, injustice_json, causation, events_json,
       injustice_to_json, heads_json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(case_id, id) DO UPDATE SET org_id = excluded.org_id, rule = excluded.rule, fault = excluded.fault,
       injustice_json = excluded.injustice_json, causation = excluded.causation, events_json = excluded.events_json,
       injustice_to_json = excluded.injustice_to_json, heads_json = excluded.heads_json`,
  ).run(
    caseId,
    f.id,
    position,
    f.org,
    f.rule ?? null,
    f.fault,
    JSON.stringify(f.injustice),
    f.causation ?? null,
    JSON.stringify(f.events ?? []),
    f.injusticeTo && f.injusticeTo.length > 0 ? JSON.stringify(f.injusticeTo) : null,
    f.heads && f.heads.length > 0 ? JSON.stringify(f.heads) : null,
  );
}

/** What the person complained about (CASEFILE extension `complaint`), or null when none is recorded. */
export function getComplaint(db: Db, caseId: string): CaseFileComplaint | null {
  const json = db.prepare(`SELECT complaint_json FROM cases WHERE id = ?`).pluck().get(caseId) as
    string | null | undefined;
  return json ? (JSON.parse(json) as CaseFileComplaint) : null;
}

export function setComplaint(db: Db, caseId: string, complaint: CaseFileComplaint | null): void {
  const empty =
    !complaint ||
    ((complaint.heads ?? []).length === 0 &&
      (complaint.desiredOutcomes ?? []).length === 0 &&
      (complaint.scope ?? []).length === 0);
  db.prepare(`UPDATE cases SET complaint_json = ? WHERE id = ?`).run(empty ? null : JSON.stringify(complaint), caseId);
}

export function deleteFinding(db: Db, caseId: string, findingId: string): void {
  db.prepare(`DELETE FROM findings WHERE case_id = ? AND id = ?`).run(caseId, findingId);
}

export function listDismissals(db: Db, caseId: string): CaseFileDismissal[] {
  return db
    .prepare(`SELECT rule, date, reason FROM dismissals WHERE case_id = ? ORDER BY seq`)
    .all(caseId) as CaseFileDismissal[];
}

/** Who dismissed a flag and when: null for a dismissal that came with an imported case file. */
export interface DismissalAuthor {
  by: string | null;
  at: string | null;
}

/** The case's dismissals with who made each and when, in the order they were made. */
export function listDismissalsWithAuthors(db: Db, caseId: string): Array<CaseFileDismissal & DismissalAuthor> {
  return db
    .prepare(
      `SELECT rule, date, reason, dismissed_by AS "by", dismissed_at AS "at" FROM dismissals WHERE case_id = ? ORDER BY seq`,
    )
    .all(caseId) as Array<CaseFileDismissal & DismissalAuthor>;
}

export function addDismissal(
  db: Db,
  caseId: string,
  d: CaseFileDismissal,
  author: DismissalAuthor = { by: null, at: null },
): void {
  const seq = db
    .prepare(`SELECT coalesce(max(seq), -1) + 1 FROM dismissals WHERE case_id = ?`)
    .pluck()
    .get(caseId) as number;
  db.prepare(
    `INSERT INTO dismissals (case_id, seq, rule, date, reason, dismissed_by, dismissed_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(caseId, seq, d.rule, d.date, d.reason, author.by, author.at);
}

export function removeDismissal(db: Db, caseId: string, rule: string, date: string): number {
  return db.prepare(`DELETE FROM dismissals WHERE case_id = ? AND rule = ? AND date = ?`).run(caseId, rule, date)
    .changes;
}

export function getRemedy(db: Db, caseId: string): CaseFileRemedy | null {
  const json = db.prepare(`SELECT json FROM remedies WHERE case_id = ?`).pluck().get(caseId) as string | undefined;
  return json ? (JSON.parse(json) as CaseFileRemedy) : null;
}

export function setRemedy(db: Db, caseId: string, remedy: CaseFileRemedy | null): void {
  if (remedy === null) db.prepare(`DELETE FROM remedies WHERE case_id = ?`).run(caseId);
  else
    db.prepare(
      `INSERT INTO remedies (case_id, json) VALUES (?, ?) ON CONFLICT(case_id) DO UPDATE SET json = excluded.json`,
    ).run(caseId, JSON.stringify(remedy));
}

/** The ids of the findings that cite an event. */
export function findingsCitingEvent(db: Db, caseId: string, eventId: string): string[] {
  const rows = db
    .prepare(`SELECT id, events_json FROM findings WHERE case_id = ? ORDER BY position`)
    .all(caseId) as Array<{
    id: string;
    events_json: string;
  }>;
  return rows.filter((f) => (JSON.parse(f.events_json) as string[]).includes(eventId)).map((f) => f.id);
}
