// The page spool of one document being imported (table evidence_page_spool): pages are written as
// they are read, in small transactions, so a long PDF's text never has to be held in memory; the
// import's own transaction copies them into evidence_pages with one INSERT … SELECT. A spool is
// removed when its import ends, whatever the outcome; the recovery sweep removes the spools of
// imports that were killed (and leaves alone those this process is still writing).
import { randomUUID } from 'node:crypto';
import type { Db } from './db';
import { documentTextMethod } from './evidence-repo';
import type { PageSink } from '../evidence/extract/types';
import type { DocumentTextMethod, EvidencePage, PageTextMethod } from '../evidence/types';

export interface PageSpool extends PageSink {
  readonly id: string;
  /** How many pages, and how their text was obtained overall. */
  summary(): { pageCount: number; textMethod: DocumentTextMethod };
  /** Copies the pages to an evidence item (call inside the item's transaction); returns how many. */
  copyTo(caseId: string, evidenceId: string): number;
  /** Removes the spool's rows. */
  discard(): void;
}

/** Spools this process is writing: the sweep must not take them. */
const live = new Set<string>();

export function createPageSpool(db: Db): PageSpool {
  const id = randomUUID();
  live.add(id);
  const upsert = db.prepare(
    `INSERT INTO evidence_page_spool (spool_id, page, text, method) VALUES (?, ?, ?, ?)
     ON CONFLICT (spool_id, page) DO UPDATE SET text = excluded.text, method = excluded.method`,
  );
  const putAll = db.transaction((pages: readonly EvidencePage[]) => {
    for (const p of pages) upsert.run(id, p.page, p.text, p.method);
  });
  return {
    id,
    put: (pages) => putAll(pages),
    summary() {
      const rows = db
        .prepare(`SELECT method, count(*) AS n FROM evidence_page_spool WHERE spool_id = ? GROUP BY method`)
        .all(id) as Array<{ method: PageTextMethod; n: number }>;
      return {
        pageCount: rows.reduce((sum, r) => sum + r.n, 0),
        textMethod: documentTextMethod(rows.map((r) => r.method)),
      };
    },
    copyTo(caseId, evidenceId) {
      return db
        .prepare(
          `INSERT INTO evidence_pages (case_id, evidence_id, page, text, method)
           SELECT ?, ?, page, text, method FROM evidence_page_spool WHERE spool_id = ? ORDER BY page`,
        )
        .run(caseId, evidenceId, id).changes;
    },
    discard() {
      live.delete(id);
      db.prepare(`DELETE FROM evidence_page_spool WHERE spool_id = ?`).run(id);
    },
  };
}

/** Removes the spools no import in this process is writing; returns how many pages went. */
export function sweepPageSpools(db: Db): number {
  const spools = db.prepare(`SELECT DISTINCT spool_id FROM evidence_page_spool`).pluck().all() as string[];
  const remove = db.prepare(`DELETE FROM evidence_page_spool WHERE spool_id = ?`);
  let pages = 0;
  for (const id of spools) if (!live.has(id)) pages += remove.run(id).changes;
  return pages;
}
