// The history of each agreed action's status (migration 4): the latest record, a new one, and
// removal with the action; and the cases with remedies, for the cross-case compliance list.
import type { Db } from './db';

export interface ActionStatusRecord {
  status: string;
  evidence: string | null;
  recorded_at: string;
}

export function latestActionStatus(db: Db, caseId: string, actionId: string): ActionStatusRecord | undefined {
  return db
    .prepare(
      `SELECT status, evidence, recorded_at FROM action_status_log WHERE case_id = ? AND action_id = ?
       ORDER BY seq DESC LIMIT 1`,
    )
    .get(caseId, actionId) as ActionStatusRecord | undefined;
}

export function appendActionStatus(
  db: Db,
  entry: { caseId: string; actionId: string; status: string; evidence: string | null; at: Date; actor: string },
): void {
  db.prepare(
    `INSERT INTO action_status_log (case_id, action_id, status, evidence, recorded_at, actor) VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(entry.caseId, entry.actionId, entry.status, entry.evidence, entry.at.toISOString(), entry.actor);
}

export function removeActionStatuses(db: Db, caseId: string, actionId: string): void {
  db.prepare(`DELETE FROM action_status_log WHERE case_id = ? AND action_id = ?`).run(caseId, actionId);
}

export interface CaseWithRemedy {
  id: string;
  reference: string | null;
  title: string;
  final_decision_date: string | null;
  as_at: string | null;
  json: string;
  /** The case's organisations by id. */
  orgs: Map<string, string>;
}

/** Every case that has remedy choices, oldest complaint first. */
export function casesWithRemedies(db: Db): CaseWithRemedy[] {
  const rows = db
    .prepare(
      `SELECT c.id, c.reference, c.title, c.final_decision_date, c.as_at, r.json
       FROM cases c JOIN remedies r ON r.case_id = c.id ORDER BY c.received, c.created_at`,
    )
    .all() as Array<Omit<CaseWithRemedy, 'orgs'>>;
  const orgsOf = db.prepare(`SELECT id, name FROM organisations WHERE case_id = ?`);
  return rows.map((row) => ({
    ...row,
    orgs: new Map((orgsOf.all(row.id) as Array<{ id: string; name: string }>).map((o) => [o.id, o.name])),
  }));
}
