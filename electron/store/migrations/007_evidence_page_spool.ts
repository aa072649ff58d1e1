// Migration 7: a spool for page texts while a document is being read. A long PDF's pages go here
// as they arrive, so its text is never all held in memory, and the import's one transaction copies
// them into evidence_pages (and so the search index). Rows live only while their import runs; the
// recovery sweep removes those of an import that was killed.
import type { Migration } from './types';

export default {
  version: 7,
  name: 'evidence page spool',
  sql: `
CREATE TABLE evidence_page_spool (
  spool_id TEXT NOT NULL,
  page INTEGER NOT NULL CHECK (page >= 1),
  text TEXT NOT NULL,
  method TEXT NOT NULL CHECK (method IN ('text', 'ocr', 'none')),
  PRIMARY KEY (spool_id, page)
) WITHOUT ROWID;
`,
} satisfies Migration;
