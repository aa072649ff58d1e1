// Migration 1: cases, the people and organisations in them, and the append-only audit log.
import type { Migration } from './types';

export default {
  version: 1,
  name: 'cases',
  sql: `
CREATE TABLE cases (
  id TEXT PRIMARY KEY,
  reference TEXT,
  title TEXT NOT NULL,
  received TEXT NOT NULL,
  stage TEXT NOT NULL,
  nation TEXT NOT NULL DEFAULT 'england',
  final_decision_date TEXT,
  as_at TEXT,
  settings_json TEXT NOT NULL DEFAULT '{}',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX cases_received ON cases(received);

CREATE TABLE people (
  case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  position INTEGER NOT NULL,
  role TEXT NOT NULL,
  title TEXT,
  name TEXT NOT NULL,
  label TEXT,
  relationship TEXT,
  PRIMARY KEY (case_id, id)
);

CREATE TABLE organisations (
  case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  position INTEGER NOT NULL,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  reference TEXT,
  PRIMARY KEY (case_id, id)
);

-- Append-only: no row is ever changed or removed, even when its case is deleted.
CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  case_id TEXT,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT,
  summary TEXT NOT NULL,
  before_json TEXT,
  after_json TEXT
);
CREATE INDEX audit_log_case ON audit_log(case_id, seq);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value_json TEXT NOT NULL
);
`,
} satisfies Migration;
