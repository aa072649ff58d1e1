// Migration 3: the chronology (events in their saved order, each citation its own row) and the
// rest of what a case file carries: payments and offsets, findings, dismissed flags, and the
// investigator's remedy choices.
import type { Migration } from './types';

export default {
  version: 3,
  name: 'chronology',
  sql: `
CREATE TABLE events (
  case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  -- Order within the case; events on the same date keep this order.
  position INTEGER NOT NULL,
  date TEXT NOT NULL,
  precision TEXT NOT NULL DEFAULT 'day',
  type TEXT NOT NULL,
  org_id TEXT,
  text TEXT,
  -- The type's own fields (section, residence, reasons…), as in the case file.
  extra_json TEXT NOT NULL DEFAULT '{}',
  PRIMARY KEY (case_id, id)
);
CREATE INDEX events_by_date ON events(case_id, date, position);

CREATE TABLE citations (
  case_id TEXT NOT NULL,
  event_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  evidence_id TEXT NOT NULL,
  page INTEGER,
  page_end INTEGER,
  quote TEXT,
  PRIMARY KEY (case_id, event_id, seq),
  FOREIGN KEY (case_id, event_id) REFERENCES events(case_id, id) ON DELETE CASCADE,
  FOREIGN KEY (case_id, evidence_id) REFERENCES evidence(case_id, id)
);
CREATE INDEX citations_by_evidence ON citations(case_id, evidence_id);

-- Payments the person made, and what offsets them (housing benefit…), as case-file JSON.
CREATE TABLE payments (
  case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  position INTEGER NOT NULL,
  json TEXT NOT NULL,
  PRIMARY KEY (case_id, id)
);
CREATE TABLE offsets (
  case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  position INTEGER NOT NULL,
  json TEXT NOT NULL,
  PRIMARY KEY (case_id, id)
);

CREATE TABLE findings (
  case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  position INTEGER NOT NULL,
  org_id TEXT NOT NULL,
  rule TEXT,
  fault TEXT NOT NULL,
  injustice_json TEXT NOT NULL DEFAULT '[]',
  causation TEXT,
  events_json TEXT NOT NULL DEFAULT '[]',
  PRIMARY KEY (case_id, id)
);

CREATE TABLE dismissals (
  case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  rule TEXT NOT NULL,
  date TEXT NOT NULL,
  reason TEXT NOT NULL,
  PRIMARY KEY (case_id, seq)
);

-- The investigator's remedy choices (interest, apportionment, symbolic payments, actions).
CREATE TABLE remedies (
  case_id TEXT PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
  json TEXT NOT NULL
);
`,
} satisfies Migration;
