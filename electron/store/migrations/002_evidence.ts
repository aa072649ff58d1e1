// Migration 2: evidence items (chain of custody and metadata), their text page by page, and the
// FTS5 indexes over page text and metadata. Triggers keep the indexes in step with the rows, so
// a case deleted by cascade leaves no stale search entries.
import type { Migration } from './types';

export default {
  version: 2,
  name: 'evidence',
  sql: `
CREATE TABLE evidence (
  case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  parent_id TEXT,
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  original_name TEXT NOT NULL,
  size INTEGER NOT NULL CHECK (size >= 0),
  type TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  imported_by TEXT NOT NULL,
  title TEXT NOT NULL,
  document_date TEXT,
  author_org TEXT,
  tags_json TEXT NOT NULL DEFAULT '[]',
  notes TEXT NOT NULL DEFAULT '',
  text_method TEXT NOT NULL CHECK (text_method IN ('text', 'ocr', 'mixed', 'none')),
  page_count INTEGER NOT NULL,
  email_json TEXT,
  extraction_notes_json TEXT NOT NULL DEFAULT '[]',
  PRIMARY KEY (case_id, id),
  FOREIGN KEY (case_id, parent_id) REFERENCES evidence(case_id, id) ON DELETE CASCADE
);
-- The same bytes are imported once per case; an email's attachments may repeat what is already there.
CREATE UNIQUE INDEX evidence_case_sha_top ON evidence(case_id, sha256) WHERE parent_id IS NULL;
CREATE INDEX evidence_sha ON evidence(sha256);
CREATE INDEX evidence_parent ON evidence(case_id, parent_id);

CREATE TABLE evidence_pages (
  row_id INTEGER PRIMARY KEY,
  case_id TEXT NOT NULL,
  evidence_id TEXT NOT NULL,
  page INTEGER NOT NULL CHECK (page >= 1),
  text TEXT NOT NULL,
  method TEXT NOT NULL CHECK (method IN ('text', 'ocr', 'none')),
  UNIQUE (case_id, evidence_id, page),
  FOREIGN KEY (case_id, evidence_id) REFERENCES evidence(case_id, id) ON DELETE CASCADE
);

-- case_id is indexed too, so a search within one case is an FTS intersection, not a join.
CREATE VIRTUAL TABLE evidence_page_fts USING fts5(
  text,
  case_id,
  content = 'evidence_pages',
  content_rowid = 'row_id',
  tokenize = 'porter unicode61 remove_diacritics 2',
  prefix = '2 3 4'
);
CREATE TRIGGER evidence_pages_ai AFTER INSERT ON evidence_pages BEGIN
  INSERT INTO evidence_page_fts (rowid, text, case_id) VALUES (new.row_id, new.text, new.case_id);
END;
CREATE TRIGGER evidence_pages_ad AFTER DELETE ON evidence_pages BEGIN
  INSERT INTO evidence_page_fts (evidence_page_fts, rowid, text, case_id) VALUES ('delete', old.row_id, old.text, old.case_id);
END;
CREATE TRIGGER evidence_pages_au AFTER UPDATE ON evidence_pages BEGIN
  INSERT INTO evidence_page_fts (evidence_page_fts, rowid, text, case_id) VALUES ('delete', old.row_id, old.text, old.case_id);
  INSERT INTO evidence_page_fts (rowid, text, case_id) VALUES (new.row_id, new.text, new.case_id);
END;

CREATE VIRTUAL TABLE evidence_meta_fts USING fts5(
  title,
  details,
  case_id UNINDEXED,
  evidence_id UNINDEXED,
  tokenize = 'porter unicode61 remove_diacritics 2',
  prefix = '2 3 4'
);
CREATE TRIGGER evidence_ai AFTER INSERT ON evidence BEGIN
  INSERT INTO evidence_meta_fts (title, details, case_id, evidence_id) VALUES (
    new.title,
    concat_ws(' ', new.original_name, new.tags_json, new.notes, new.email_json,
      (SELECT name FROM organisations o WHERE o.case_id = new.case_id AND o.id = new.author_org)),
    new.case_id, new.id);
END;
CREATE TRIGGER evidence_ad AFTER DELETE ON evidence BEGIN
  DELETE FROM evidence_meta_fts WHERE case_id = old.case_id AND evidence_id = old.id;
END;
CREATE TRIGGER evidence_au AFTER UPDATE ON evidence BEGIN
  DELETE FROM evidence_meta_fts WHERE case_id = old.case_id AND evidence_id = old.id;
  INSERT INTO evidence_meta_fts (title, details, case_id, evidence_id) VALUES (
    new.title,
    concat_ws(' ', new.original_name, new.tags_json, new.notes, new.email_json,
      (SELECT name FROM organisations o WHERE o.case_id = new.case_id AND o.id = new.author_org)),
    new.case_id, new.id);
END;
`,
} satisfies Migration;
