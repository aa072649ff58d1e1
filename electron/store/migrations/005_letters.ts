// Migration 5: decision letters. Each letter keeps its edited document model as JSON; approving
// one freezes it and records its PDF and DOCX renditions, whose bytes live in the workspace's
// content-addressed store (evidence/ab/<sha256>) beside the evidence originals.
import type { Migration } from './types';

export default {
  version: 5,
  name: 'letters',
  sql: `
CREATE TABLE letters (
  case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  template TEXT NOT NULL,
  -- Versions count per template within a case: a superseding draft takes the next number.
  version INTEGER NOT NULL CHECK (version >= 1),
  status TEXT NOT NULL CHECK (status IN ('draft', 'approved', 'superseded')),
  title TEXT NOT NULL,
  letter_json TEXT NOT NULL,
  -- Whether previews and exports start anonymised; approved renditions are always the named version.
  anonymise INTEGER NOT NULL DEFAULT 0 CHECK (anonymise IN (0, 1)),
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  approved_at TEXT,
  approved_by TEXT,
  supersedes TEXT,
  PRIMARY KEY (case_id, id),
  UNIQUE (case_id, template, version)
);

CREATE TABLE letter_renditions (
  case_id TEXT NOT NULL,
  letter_id TEXT NOT NULL,
  format TEXT NOT NULL CHECK (format IN ('pdf', 'docx')),
  sha256 TEXT NOT NULL,
  size INTEGER NOT NULL,
  -- Relative to the workspace folder, so a moved workspace still finds its files.
  stored_path TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (case_id, letter_id, format),
  FOREIGN KEY (case_id, letter_id) REFERENCES letters(case_id, id) ON DELETE CASCADE
);
CREATE INDEX letter_renditions_by_hash ON letter_renditions(sha256);
`,
} satisfies Migration;
