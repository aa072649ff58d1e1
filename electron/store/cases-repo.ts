// The cases table and its people and organisations: list with search and filter, read,
// create, update and delete, each change audited in the same transaction in plain words.
import { randomUUID } from 'node:crypto';
import type { Db } from './db';
import { createMutator } from './mutate';
import { nextId, nextOrgId } from './ids';
import { describeCaseChanges } from '../../shared/domain/describe-case-changes';
import { notFound, AppError } from '../errors';
import type { CaseDetail, CaseSort, CaseSummary, Organisation, Person, ValidCaseDraft } from '../../shared/domain/case';
import { DEFAULT_CASE_SETTINGS, type CaseSettings, type Stage } from '../../shared/domain/vocabulary';

interface CaseRow {
  id: string;
  reference: string | null;
  title: string;
  received: string;
  stage: Stage;
  nation: 'england' | 'wales';
  final_decision_date: string | null;
  as_at: string | null;
  settings_json: string;
  created_at: string;
  updated_at: string;
}

const ORDER: Record<CaseSort, string> = {
  received_desc: 'c.received DESC, c.created_at DESC',
  received_asc: 'c.received ASC, c.created_at ASC',
  updated_desc: 'c.updated_at DESC',
};

export function listCases(
  db: Db,
  query: { search?: string; stage?: Stage | null; sort?: CaseSort; closedBefore?: string },
): CaseSummary[] {
  const where: string[] = [];
  const params: Record<string, string> = {};
  const search = query.search?.trim();
  if (search) {
    params.like = `%${search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    params.ref = `%${search.replace(/\s+/g, '').replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(`(lower(c.title) LIKE @like ESCAPE '\\'
      OR replace(coalesce(c.reference, ''), ' ', '') LIKE @ref ESCAPE '\\'
      OR EXISTS (SELECT 1 FROM people p WHERE p.case_id = c.id AND lower(p.name) LIKE @like ESCAPE '\\')
      OR EXISTS (SELECT 1 FROM organisations o WHERE o.case_id = c.id AND lower(o.name) LIKE @like ESCAPE '\\'))`);
  }
  if (query.stage) {
    params.stage = query.stage;
    where.push('c.stage = @stage');
  }
  if (query.closedBefore) {
    // When a case was closed: the last audited change that moved it to "closed" (or created it so).
    params.closedBefore = query.closedBefore;
    where.push(`c.stage = 'closed' AND (
      SELECT max(a.at) FROM audit_log a
      WHERE a.case_id = c.id AND a.entity = 'case' AND a.action IN ('create', 'update')
        AND json_extract(a.after_json, '$.stage') = 'closed'
        AND coalesce(json_extract(a.before_json, '$.stage'), '') <> 'closed'
    ) < @closedBefore`);
  }
  const rows = db
    .prepare(
      `SELECT c.* FROM cases c ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY ${ORDER[query.sort ?? 'received_desc']}`,
    )
    .all(params) as CaseRow[];
  const peopleOf = db.prepare(`SELECT name FROM people WHERE case_id = ? ORDER BY position`).pluck();
  const orgsOf = db.prepare(`SELECT name FROM organisations WHERE case_id = ? ORDER BY position`).pluck();
  return rows.map((r) => ({
    id: r.id,
    reference: r.reference,
    title: r.title,
    received: r.received,
    stage: r.stage,
    people: peopleOf.all(r.id) as string[],
    organisations: orgsOf.all(r.id) as string[],
    updatedAt: r.updated_at,
  }));
}

export function findCase(db: Db, caseId: string): CaseDetail | null {
  const row = db.prepare(`SELECT * FROM cases WHERE id = ?`).get(caseId) as CaseRow | undefined;
  if (!row) return null;
  const people = db
    .prepare(`SELECT id, role, title, name, label, relationship FROM people WHERE case_id = ? ORDER BY position`)
    .all(caseId) as Person[];
  const organisations = db
    .prepare(`SELECT id, kind, name, reference, successor FROM organisations WHERE case_id = ? ORDER BY position`)
    .all(caseId) as Organisation[];
  return {
    id: row.id,
    reference: row.reference,
    title: row.title,
    received: row.received,
    stage: row.stage,
    nation: row.nation,
    finalDecisionDate: row.final_decision_date,
    asAt: row.as_at,
    settings: { ...DEFAULT_CASE_SETTINGS, ...(JSON.parse(row.settings_json) as Partial<CaseSettings>) },
    people,
    organisations,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function getCase(db: Db, caseId: string): CaseDetail {
  const found = findCase(db, caseId);
  if (!found) throw notFound(`Case ${caseId}`);
  return found;
}

/** A case by its id or its reference (spaces optional), for the CLI. */
export function findCaseByIdOrReference(db: Db, key: string): CaseDetail | null {
  const byId = findCase(db, key);
  if (byId) return byId;
  const ids = db
    .prepare(`SELECT id FROM cases WHERE replace(coalesce(reference, ''), ' ', '') = ?`)
    .pluck()
    .all(key.replace(/\s+/g, '')) as string[];
  if (ids.length > 1) throw new AppError('conflict', `More than one case has the reference ${key}; use the case id.`);
  return ids[0] ? findCase(db, ids[0]) : null;
}

function writeMembers(db: Db, caseId: string, draft: ValidCaseDraft): void {
  const personIds = new Set(draft.people.flatMap((p) => (p.id ? [p.id] : [])));
  const orgIds = new Set(draft.organisations.flatMap((o) => (o.id ? [o.id] : [])));
  db.prepare(`DELETE FROM people WHERE case_id = ?`).run(caseId);
  db.prepare(`DELETE FROM organisations WHERE case_id = ?`).run(caseId);
  const insertPerson = db.prepare(
    `INSERT INTO people (case_id, id, position, role, title, name, label, relationship) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  draft.people.forEach((p, i) => {
    const id = p.id ?? nextId('p', personIds);
    personIds.add(id);
    insertPerson.run(caseId, id, i, p.role, p.title ?? null, p.name, p.label ?? null, p.relationship ?? null);
  });
  const insertOrg = db.prepare(
    `INSERT INTO organisations (case_id, id, position, kind, name, reference, successor) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  draft.organisations.forEach((o, i) => {
    const id = o.id ?? nextOrgId(o.kind, orgIds);
    orgIds.add(id);
    insertOrg.run(caseId, id, i, o.kind, o.name, o.reference ?? null, o.successor ?? null);
  });
}

function assertUniqueIds(draft: ValidCaseDraft): void {
  const check = (ids: Array<string | undefined>, what: string) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (id === undefined) return;
      if (seen.has(id))
        throw new AppError('invalid_input', `Two ${what} have the id "${id}".`, [
          { path: `${what}[${i}].id`, message: `duplicate id "${id}"` },
        ]);
      seen.add(id);
    });
  };
  check(
    draft.people.map((p) => p.id),
    'people',
  );
  check(
    draft.organisations.map((o) => o.id),
    'organisations',
  );
}

export function createCase(
  db: Db,
  actor: string,
  draft: ValidCaseDraft,
  now = new Date(),
  caseId = randomUUID(),
): CaseDetail {
  assertUniqueIds(draft);
  createMutator({ db, actor: () => actor, now: () => now })((change) => {
    const stamp = change.at.toISOString();
    db.prepare(
      `INSERT INTO cases (id, reference, title, received, stage, nation, final_decision_date, as_at, settings_json, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      caseId,
      draft.reference ?? null,
      draft.title,
      draft.received,
      draft.stage,
      draft.nation,
      draft.finalDecisionDate ?? null,
      draft.asAt ?? null,
      JSON.stringify(draft.settings ?? DEFAULT_CASE_SETTINGS),
      stamp,
      stamp,
    );
    writeMembers(db, caseId, draft);
    const created = getCase(db, caseId);
    change.audit({
      caseId,
      action: 'create',
      entity: 'case',
      entityId: caseId,
      summary: `Created the case “${draft.title}”`,
      after: created,
    });
  });
  return getCase(db, caseId);
}

export function updateCase(
  db: Db,
  actor: string,
  caseId: string,
  draft: ValidCaseDraft,
  options: { now?: Date; expectedUpdatedAt?: string } = {},
): CaseDetail {
  assertUniqueIds(draft);
  const now = options.now ?? new Date();
  return createMutator({ db, actor: () => actor, now: () => now })((change) => {
    const before = getCase(db, caseId);
    if (options.expectedUpdatedAt && options.expectedUpdatedAt !== before.updatedAt)
      throw new AppError(
        'conflict',
        'This case was changed elsewhere since you opened it. Reload it to see the changes, then make yours again.',
      );
    db.prepare(
      `UPDATE cases SET reference = ?, title = ?, received = ?, stage = ?, nation = ?, final_decision_date = ?, as_at = ?,
         settings_json = ?, updated_at = ? WHERE id = ?`,
    ).run(
      draft.reference ?? null,
      draft.title,
      draft.received,
      draft.stage,
      draft.nation,
      draft.finalDecisionDate ?? null,
      draft.asAt ?? null,
      JSON.stringify(draft.settings ?? before.settings),
      change.at.toISOString(),
      caseId,
    );
    writeMembers(db, caseId, draft);
    const after = getCase(db, caseId);
    const changes = describeCaseChanges(before, after);
    if (changes.length > 0)
      change.audit({
        caseId,
        action: 'update',
        entity: 'case',
        entityId: caseId,
        summary: `Edited the case: ${changes.join('; ')}`,
        before,
        after,
      });
    return after;
  });
}

/** The ids of a case's organisations. */
export function organisationIds(db: Db, caseId: string): string[] {
  return db.prepare(`SELECT id FROM organisations WHERE case_id = ? ORDER BY position`).pluck().all(caseId) as string[];
}

export function caseExists(db: Db, caseId: string): boolean {
  return db.prepare(`SELECT 1 FROM cases WHERE id = ?`).get(caseId) !== undefined;
}

/** Records the final decision's date on the case (the caller audits it). */
export function setFinalDecisionDate(db: Db, caseId: string, date: string, at: Date): void {
  db.prepare(`UPDATE cases SET final_decision_date = ?, updated_at = ? WHERE id = ?`).run(
    date,
    at.toISOString(),
    caseId,
  );
}

/** Removes a case and, by cascade, everything of it (a partly imported case; the caller audits it). */
export function removeCaseRows(db: Db, caseId: string): void {
  db.prepare(`DELETE FROM cases WHERE id = ?`).run(caseId);
}

/** A stored case with this reference (spaces ignored), or undefined. */
export function caseWithReference(
  db: Db,
  reference: string,
): { id: string; title: string; reference: string } | undefined {
  return db
    .prepare(`SELECT id, title, reference FROM cases WHERE replace(coalesce(reference, ''), ' ', '') = ? LIMIT 1`)
    .get(reference.replace(/\s+/g, '')) as { id: string; title: string; reference: string } | undefined;
}
