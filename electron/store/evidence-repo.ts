// The evidence tables: chain-of-custody rows, page texts, children of an email, and metadata
// edits (title, date, author organisation, tags, notes), each edit audited in its transaction.
// Inserting an import's rows is done by the importer inside its own transaction.
import type { Db } from './db';
import { createMutator } from './mutate';
import { nextId } from './ids';
import { AppError, notFound } from '../errors';
import { isCalendarDate } from '../../shared/dates/calendar-date';
import type { FieldIssue } from '../../shared/validation/issues';
import type {
  DocumentTextMethod,
  EmailHeaders,
  EvidenceDetail,
  EvidenceMetadataPatch,
  EvidencePage,
  EvidencePageInfo,
  EvidenceSummary,
  EvidenceType,
  PageTextMethod,
} from '../evidence/types';

interface EvidenceRow {
  case_id: string;
  id: string;
  parent_id: string | null;
  sha256: string;
  original_name: string;
  size: number;
  type: EvidenceType;
  imported_at: string;
  imported_by: string;
  title: string;
  document_date: string | null;
  author_org: string | null;
  tags_json: string;
  notes: string;
  text_method: DocumentTextMethod;
  page_count: number;
  email_json: string | null;
  extraction_notes_json: string;
  child_count: number;
}

export interface NewEvidenceItem {
  caseId: string;
  id: string;
  parentId: string | null;
  sha256: string;
  originalName: string;
  size: number;
  type: EvidenceType;
  importedAt: string;
  importedBy: string;
  title: string;
  documentDate: string | null;
  email: EmailHeaders | null;
  extractionNotes: string[];
}

const SELECT = `SELECT e.*, (SELECT count(*) FROM evidence c WHERE c.case_id = e.case_id AND c.parent_id = e.id) AS child_count
  FROM evidence e`;

function toSummary(r: EvidenceRow): EvidenceSummary {
  return {
    caseId: r.case_id,
    id: r.id,
    parentId: r.parent_id,
    title: r.title,
    originalName: r.original_name,
    type: r.type,
    size: r.size,
    sha256: r.sha256,
    importedAt: r.imported_at,
    importedBy: r.imported_by,
    documentDate: r.document_date,
    authorOrg: r.author_org,
    tags: JSON.parse(r.tags_json) as string[],
    textMethod: r.text_method,
    pageCount: r.page_count,
    childCount: r.child_count,
  };
}

/** The document's method from its pages': one kind, `mixed` (text layer and OCR), or `none`. */
export function documentTextMethod(methods: Iterable<PageTextMethod>): DocumentTextMethod {
  const seen = new Set(methods);
  seen.delete('none');
  if (seen.size === 0) return 'none';
  if (seen.size > 1) return 'mixed';
  return [...seen][0]!;
}

/** Every item of a case in id order (d1, d2, … d10), attachments included with their parentId. */
export function listEvidence(db: Db, caseId: string): EvidenceSummary[] {
  const rows = db.prepare(`${SELECT} WHERE e.case_id = ?`).all(caseId) as EvidenceRow[];
  return rows.map(toSummary).sort(byId);
}

export function listEvidenceChildren(db: Db, caseId: string, parentId: string): EvidenceSummary[] {
  const rows = db.prepare(`${SELECT} WHERE e.case_id = ? AND e.parent_id = ?`).all(caseId, parentId) as EvidenceRow[];
  return rows.map(toSummary).sort(byId);
}

const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id, 'en', { numeric: true });

export function findEvidence(db: Db, caseId: string, id: string): EvidenceDetail | null {
  const row = db.prepare(`${SELECT} WHERE e.case_id = ? AND e.id = ?`).get(caseId, id) as EvidenceRow | undefined;
  if (!row) return null;
  const pages = db
    .prepare(
      `SELECT page, method, length(text) AS chars FROM evidence_pages WHERE case_id = ? AND evidence_id = ? ORDER BY page`,
    )
    .all(caseId, id) as EvidencePageInfo[];
  return {
    ...toSummary(row),
    notes: row.notes,
    email: row.email_json === null ? null : (JSON.parse(row.email_json) as EmailHeaders),
    extractionNotes: JSON.parse(row.extraction_notes_json) as string[],
    children: listEvidenceChildren(db, caseId, id),
    pages,
  };
}

export function getEvidence(db: Db, caseId: string, id: string): EvidenceDetail {
  const found = findEvidence(db, caseId, id);
  if (!found) throw notFound(`Evidence ${id}`);
  return found;
}

/** Page texts, all or `from`…`to` (inclusive, 1-based). */
export function getEvidencePages(
  db: Db,
  caseId: string,
  id: string,
  range?: { from: number; to: number },
): EvidencePage[] {
  const from = range?.from ?? 1;
  const to = range?.to ?? Number.MAX_SAFE_INTEGER;
  return db
    .prepare(
      `SELECT page, text, method FROM evidence_pages
       WHERE case_id = ? AND evidence_id = ? AND page BETWEEN ? AND ? ORDER BY page`,
    )
    .all(caseId, id, from, to) as EvidencePage[];
}

export function evidencePageCount(db: Db, caseId: string, id: string): number {
  const n = db.prepare(`SELECT page_count FROM evidence WHERE case_id = ? AND id = ?`).pluck().get(caseId, id) as
    number | undefined;
  if (n === undefined) throw notFound(`Evidence ${id}`);
  return n;
}

/** An item already holding these bytes in the case (top-level first), for "already imported as …". */
export function findEvidenceBySha(
  db: Db,
  caseId: string,
  sha256: string,
): { id: string; parentId: string | null; title: string } | null {
  const row = db
    .prepare(
      `SELECT id, parent_id AS parentId, title FROM evidence WHERE case_id = ? AND sha256 = ?
       ORDER BY parent_id IS NOT NULL, rowid LIMIT 1`,
    )
    .get(caseId, sha256) as { id: string; parentId: string | null; title: string } | undefined;
  return row ?? null;
}

/** `count` fresh ids d1, d2, … not used in the case. */
export function nextEvidenceIds(db: Db, caseId: string, count: number): string[] {
  const taken = new Set(db.prepare(`SELECT id FROM evidence WHERE case_id = ?`).pluck().all(caseId) as string[]);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = nextId('d', taken);
    taken.add(id);
    ids.push(id);
  }
  return ids;
}

/** Inserts one item and its pages. Call inside the importer's transaction. */
/**
 * Inserts an item with its pages, or, for pages still in an import's spool, with their count and
 * text method only (the caller copies the pages from the spool in the same transaction).
 */
export function insertEvidenceItem(
  db: Db,
  item: NewEvidenceItem,
  pages: readonly EvidencePage[] | { pageCount: number; textMethod: DocumentTextMethod },
): void {
  const held = Array.isArray(pages) ? (pages as readonly EvidencePage[]) : [];
  const counts = Array.isArray(pages)
    ? { pageCount: held.length, textMethod: documentTextMethod(held.map((p) => p.method)) }
    : (pages as { pageCount: number; textMethod: DocumentTextMethod });
  db.prepare(
    `INSERT INTO evidence (case_id, id, parent_id, sha256, original_name, size, type, imported_at, imported_by, title,
       document_date, text_method, page_count, email_json, extraction_notes_json)
     VALUES (@caseId, @id, @parentId, @sha256, @originalName, @size, @type, @importedAt, @importedBy, @title,
       @documentDate, @textMethod, @pageCount, @emailJson, @notesJson)`,
  ).run({
    caseId: item.caseId,
    id: item.id,
    parentId: item.parentId,
    sha256: item.sha256,
    originalName: item.originalName,
    size: item.size,
    type: item.type,
    importedAt: item.importedAt,
    importedBy: item.importedBy,
    title: item.title,
    documentDate: item.documentDate,
    textMethod: counts.textMethod,
    pageCount: counts.pageCount,
    emailJson: item.email ? JSON.stringify(item.email) : null,
    notesJson: JSON.stringify(item.extractionNotes),
  });
  const insertPage = db.prepare(
    `INSERT INTO evidence_pages (case_id, evidence_id, page, text, method) VALUES (?, ?, ?, ?, ?)`,
  );
  for (const p of held) insertPage.run(item.caseId, item.id, p.page, p.text, p.method);
}

/** Replaces an item's page texts (re-run OCR). Call inside a transaction. */
export function replaceEvidencePages(
  db: Db,
  caseId: string,
  id: string,
  pages: readonly EvidencePage[],
  notes: string[],
): void {
  db.prepare(`DELETE FROM evidence_pages WHERE case_id = ? AND evidence_id = ?`).run(caseId, id);
  const insertPage = db.prepare(
    `INSERT INTO evidence_pages (case_id, evidence_id, page, text, method) VALUES (?, ?, ?, ?, ?)`,
  );
  for (const p of pages) insertPage.run(caseId, id, p.page, p.text, p.method);
  db.prepare(
    `UPDATE evidence SET text_method = ?, page_count = ?, extraction_notes_json = ? WHERE case_id = ? AND id = ?`,
  ).run(documentTextMethod(pages.map((p) => p.method)), pages.length, JSON.stringify(notes), caseId, id);
}

/** Every hash some row refers to, across all cases (approved letters' files too): what the recovery sweep must keep. */
export function referencedHashes(db: Db): Set<string> {
  return new Set(
    db.prepare(`SELECT sha256 FROM evidence UNION SELECT sha256 FROM letter_renditions`).pluck().all() as string[],
  );
}

export function isHashReferenced(db: Db, sha256: string): boolean {
  return db.prepare(`SELECT 1 FROM evidence WHERE sha256 = ? LIMIT 1`).get(sha256) !== undefined;
}

/** Every item with its hash, for checking that each stored original is still there. */
export function listAllEvidenceHashes(db: Db): Array<{ caseId: string; id: string; sha256: string }> {
  return db.prepare(`SELECT case_id AS caseId, id, sha256 FROM evidence`).all() as Array<{
    caseId: string;
    id: string;
    sha256: string;
  }>;
}

const FIELD_LABELS: Record<keyof EvidenceMetadataPatch, string> = {
  title: 'title',
  documentDate: 'date',
  authorOrg: 'author organisation',
  tags: 'tags',
  notes: 'notes',
};

function cleanPatch(db: Db, caseId: string, patch: EvidenceMetadataPatch): EvidenceMetadataPatch {
  const issues: FieldIssue[] = [];
  const out: EvidenceMetadataPatch = {};
  if (patch.title !== undefined) {
    const title = patch.title.trim();
    if (!title) issues.push({ path: 'title', message: 'must not be empty' });
    else if (title.length > 300) issues.push({ path: 'title', message: 'must be at most 300 characters' });
    out.title = title;
  }
  if (patch.documentDate !== undefined) {
    if (patch.documentDate !== null && !isCalendarDate(patch.documentDate)) {
      issues.push({ path: 'documentDate', message: 'not a date (YYYY-MM-DD)' });
    }
    out.documentDate = patch.documentDate;
  }
  if (patch.authorOrg !== undefined) {
    if (patch.authorOrg !== null) {
      const exists = db
        .prepare(`SELECT 1 FROM organisations WHERE case_id = ? AND id = ?`)
        .get(caseId, patch.authorOrg);
      if (!exists) issues.push({ path: 'authorOrg', message: `no organisation '${patch.authorOrg}' in this case` });
    }
    out.authorOrg = patch.authorOrg;
  }
  if (patch.tags !== undefined) {
    const tags = [...new Set(patch.tags.map((t) => t.trim()).filter(Boolean))];
    tags.forEach((t, i) => {
      if (t.length > 100) issues.push({ path: `tags[${i}]`, message: 'must be at most 100 characters' });
    });
    out.tags = tags;
  }
  if (patch.notes !== undefined) {
    if (patch.notes.length > 20000) issues.push({ path: 'notes', message: 'must be at most 20,000 characters' });
    out.notes = patch.notes;
  }
  if (issues.length) {
    throw new AppError(
      'invalid_input',
      `The evidence details were not saved: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}.`,
      issues,
    );
  }
  return out;
}

/** Edits an item's metadata; records only the fields that changed, before and after, in the audit log. */
export function updateEvidenceMetadata(
  db: Db,
  input: { actor: string; caseId: string; evidenceId: string; patch: EvidenceMetadataPatch; now?: Date },
): EvidenceDetail {
  const { actor, caseId, evidenceId } = input;
  const mutate = createMutator({ db, actor: () => actor, now: () => input.now ?? new Date() });
  return mutate((change) => {
    const current = getEvidence(db, caseId, evidenceId);
    const patch = cleanPatch(db, caseId, input.patch);
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const key of Object.keys(patch) as Array<keyof EvidenceMetadataPatch>) {
      const was = key === 'notes' ? current.notes : current[key];
      if (JSON.stringify(was) === JSON.stringify(patch[key])) continue;
      before[key] = was;
      after[key] = patch[key];
    }
    const changed = Object.keys(after) as Array<keyof EvidenceMetadataPatch>;
    if (changed.length === 0) return current;
    const next = { ...current, ...after } as EvidenceDetail;
    db.prepare(
      `UPDATE evidence SET title = ?, document_date = ?, author_org = ?, tags_json = ?, notes = ? WHERE case_id = ? AND id = ?`,
    ).run(next.title, next.documentDate, next.authorOrg, JSON.stringify(next.tags), next.notes, caseId, evidenceId);
    change.audit({
      caseId,
      action: 'evidence.update',
      entity: 'evidence',
      entityId: evidenceId,
      summary: `Changed the ${listWords(changed.map((k) => FIELD_LABELS[k]))} of evidence ${evidenceId} ('${current.title}')`,
      before,
      after,
    });
    return getEvidence(db, caseId, evidenceId);
  });
}

function listWords(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** Each top-level and attached evidence item's page count and title, for checking citations. */
export function evidencePagesAndTitles(
  db: Db,
  caseId: string,
): Array<{ id: string; pageCount: number; title: string }> {
  return db.prepare(`SELECT id, page_count AS pageCount, title FROM evidence WHERE case_id = ?`).all(caseId) as Array<{
    id: string;
    pageCount: number;
    title: string;
  }>;
}

/** The type of any stored evidence file with this hash (the same bytes have the same type). */
export function evidenceTypeOfHash(db: Db, sha256: string): string | undefined {
  return db.prepare(`SELECT type FROM evidence WHERE sha256 = ? LIMIT 1`).pluck().get(sha256) as string | undefined;
}
