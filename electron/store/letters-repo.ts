// Rows of the letters and letter_renditions tables: a case's decision letters with their edited
// document model, and the PDF/DOCX files recorded when a letter was approved. Callers make writes
// inside a mutation (mutate.ts) together with the audit entry that describes them; restoring an
// archive's letters is one transaction of its own, audited by the archive import that follows.
import type { Db } from './db';
import { parseLetter, type Letter } from '../../shared/letters/model';

export type LetterStatus = 'draft' | 'approved' | 'superseded';
export type RenditionFormat = 'pdf' | 'docx';

export interface LetterRecord {
  caseId: string;
  id: string;
  template: string;
  version: number;
  status: LetterStatus;
  title: string;
  letter: Letter;
  anonymise: boolean;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  approvedAt: string | null;
  approvedBy: string | null;
  supersedes: string | null;
  /** The letter that superseded this one, if any. */
  supersededBy: string | null;
}

export interface RenditionRecord {
  format: RenditionFormat;
  sha256: string;
  size: number;
  /** Relative to the workspace folder: `evidence/ab/<sha256>`. */
  storedPath: string;
  createdAt: string;
}

interface LetterRow {
  case_id: string;
  id: string;
  template: string;
  version: number;
  status: LetterStatus;
  title: string;
  letter_json: string;
  anonymise: number;
  created_at: string;
  created_by: string;
  updated_at: string;
  approved_at: string | null;
  approved_by: string | null;
  supersedes: string | null;
  superseded_by: string | null;
}

const SELECT_LETTERS = `
  SELECT l.*, (SELECT n.id FROM letters n WHERE n.case_id = l.case_id AND n.supersedes = l.id) AS superseded_by
  FROM letters l`;

function fromRow(r: LetterRow): LetterRecord {
  return {
    caseId: r.case_id,
    id: r.id,
    template: r.template,
    version: r.version,
    status: r.status,
    title: r.title,
    letter: parseLetter(JSON.parse(r.letter_json)),
    anonymise: r.anonymise === 1,
    createdAt: r.created_at,
    createdBy: r.created_by,
    updatedAt: r.updated_at,
    approvedAt: r.approved_at,
    approvedBy: r.approved_by,
    supersedes: r.supersedes,
    supersededBy: r.superseded_by,
  };
}

/** A case's letters, newest first. */
export function listLetters(db: Db, caseId: string): LetterRecord[] {
  const rows = db
    .prepare(`${SELECT_LETTERS} WHERE l.case_id = ? ORDER BY l.created_at DESC, l.rowid DESC`)
    .all(caseId) as LetterRow[];
  return rows.map(fromRow);
}

export function getLetter(db: Db, caseId: string, letterId: string): LetterRecord | null {
  const row = db.prepare(`${SELECT_LETTERS} WHERE l.case_id = ? AND l.id = ?`).get(caseId, letterId) as
    LetterRow | undefined;
  return row ? fromRow(row) : null;
}

export function letterIds(db: Db, caseId: string): Set<string> {
  return new Set(db.prepare(`SELECT id FROM letters WHERE case_id = ?`).pluck().all(caseId) as string[]);
}

/** The next version number for a template in a case (1 for the first letter of that kind). */
export function nextLetterVersion(db: Db, caseId: string, template: string): number {
  const max = db
    .prepare(`SELECT max(version) FROM letters WHERE case_id = ? AND template = ?`)
    .pluck()
    .get(caseId, template) as number | null;
  return (max ?? 0) + 1;
}

export function insertLetter(
  db: Db,
  row: Omit<LetterRecord, 'approvedAt' | 'approvedBy' | 'supersededBy' | 'status'> & { status?: LetterStatus },
): void {
  db.prepare(
    `INSERT INTO letters (case_id, id, template, version, status, title, letter_json, anonymise, created_at, created_by, updated_at, supersedes)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    row.caseId,
    row.id,
    row.template,
    row.version,
    row.status ?? 'draft',
    row.title,
    JSON.stringify(row.letter),
    row.anonymise ? 1 : 0,
    row.createdAt,
    row.createdBy,
    row.updatedAt,
    row.supersedes,
  );
}

export function updateLetterModel(db: Db, caseId: string, letterId: string, letter: Letter, at: string): void {
  db.prepare(`UPDATE letters SET letter_json = ?, updated_at = ? WHERE case_id = ? AND id = ?`).run(
    JSON.stringify(letter),
    at,
    caseId,
    letterId,
  );
}

export function setLetterAnonymise(db: Db, caseId: string, letterId: string, anonymise: boolean, at: string): void {
  db.prepare(`UPDATE letters SET anonymise = ?, updated_at = ? WHERE case_id = ? AND id = ?`).run(
    anonymise ? 1 : 0,
    at,
    caseId,
    letterId,
  );
}

export function markApproved(db: Db, caseId: string, letterId: string, at: string, by: string): void {
  db.prepare(
    `UPDATE letters SET status = 'approved', approved_at = ?, approved_by = ?, updated_at = ? WHERE case_id = ? AND id = ?`,
  ).run(at, by, at, caseId, letterId);
}

export function markSuperseded(db: Db, caseId: string, letterId: string, at: string): void {
  db.prepare(`UPDATE letters SET status = 'superseded', updated_at = ? WHERE case_id = ? AND id = ?`).run(
    at,
    caseId,
    letterId,
  );
}

export function insertRendition(db: Db, caseId: string, letterId: string, r: RenditionRecord): void {
  db.prepare(
    `INSERT INTO letter_renditions (case_id, letter_id, format, sha256, size, stored_path, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(caseId, letterId, r.format, r.sha256, r.size, r.storedPath, r.createdAt);
}

export function listRenditions(db: Db, caseId: string, letterId: string): RenditionRecord[] {
  return db
    .prepare(
      `SELECT format, sha256, size, stored_path AS storedPath, created_at AS createdAt
       FROM letter_renditions WHERE case_id = ? AND letter_id = ? ORDER BY format DESC`,
    )
    .all(caseId, letterId) as RenditionRecord[];
}

/** Sets a letter's status and last-changed time as given (an archived letter, restored as it was). */
export function restoreLetterStatus(db: Db, caseId: string, letterId: string, status: string, updatedAt: string): void {
  db.prepare(`UPDATE letters SET status = ?, updated_at = ? WHERE case_id = ? AND id = ?`).run(
    status,
    updatedAt,
    caseId,
    letterId,
  );
}

/** A letter as another workspace had it (a case archive): its record and the files approved with it. */
export interface RestoredLetter {
  record: Omit<LetterRecord, 'caseId' | 'supersededBy'>;
  renditions: RenditionRecord[];
}

/**
 * Stores letters as another workspace had them, each with its own status, approval and last
 * change, and the files recorded when it was approved: one transaction, all of them or none.
 */
export function restoreLetters(db: Db, caseId: string, letters: readonly RestoredLetter[]): void {
  db.transaction(() => {
    for (const { record } of letters) {
      insertLetter(db, { caseId, ...record });
      if (record.approvedAt) markApproved(db, caseId, record.id, record.approvedAt, record.approvedBy ?? 'unknown');
      // Keep the letter's own status and last-changed time, as the sender had them.
      restoreLetterStatus(db, caseId, record.id, record.status, record.updatedAt);
    }
    for (const { record, renditions } of letters)
      for (const rendition of renditions) insertRendition(db, caseId, record.id, rendition);
  })();
}
