// The append-only audit log: who changed what, when, with before/after values. Written through
// mutate.ts, inside the same transaction as the change it records.
import type { Db } from './db';

export interface AuditEntryInput {
  actor: string;
  caseId: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  summary: string;
  before?: unknown;
  after?: unknown;
}

export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  caseId: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  summary: string;
  before: unknown;
  after: unknown;
}

interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  case_id: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  summary: string;
  before_json: string | null;
  after_json: string | null;
}

const json = (v: unknown) => (v === undefined ? null : JSON.stringify(v));

export function appendAudit(db: Db, entry: AuditEntryInput, at: Date = new Date()): void {
  db.prepare(
    `INSERT INTO audit_log (at, actor, case_id, action, entity, entity_id, summary, before_json, after_json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    at.toISOString(),
    entry.actor,
    entry.caseId,
    entry.action,
    entry.entity,
    entry.entityId,
    entry.summary,
    json(entry.before),
    json(entry.after),
  );
}

export function listAudit(db: Db, caseId: string): AuditEntry[] {
  const rows = db.prepare(`SELECT * FROM audit_log WHERE case_id = ? ORDER BY seq`).all(caseId) as AuditRow[];
  return rows.map((r) => ({
    seq: r.seq,
    at: r.at,
    actor: r.actor,
    caseId: r.case_id,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    summary: r.summary,
    before: r.before_json === null ? null : JSON.parse(r.before_json),
    after: r.after_json === null ? null : JSON.parse(r.after_json),
  }));
}

/** Every id the audit log has recorded for an entity of a case, so a deleted id is never reused. */
export function auditedEntityIds(db: Db, caseId: string, entity: string): string[] {
  return db
    .prepare(`SELECT entity_id FROM audit_log WHERE case_id = ? AND entity = ? AND entity_id IS NOT NULL`)
    .pluck()
    .all(caseId, entity) as string[];
}
