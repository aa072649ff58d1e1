// Migration 9: the investigator's decisions on the identifying details the publication check found
// in an anonymised letter or chronology: replace a detail (with what) or keep it (and why), by whom
// and when. Kept with the case so a re-export does not ask again.
import type { Migration } from './types';

export default {
  version: 9,
  name: 'anonymise_reviews',
  sql: `
CREATE TABLE anonymise_decisions (
  case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  -- 'letter:<letter id>' or 'chronology'.
  target TEXT NOT NULL,
  -- The detail as found, its spacing made uniform: one decision covers every place it appears.
  detail TEXT NOT NULL,
  kind TEXT,
  action TEXT NOT NULL CHECK (action IN ('replace', 'keep')),
  replacement TEXT,
  reason TEXT,
  decided_at TEXT NOT NULL,
  decided_by TEXT NOT NULL,
  PRIMARY KEY (case_id, target, detail),
  CHECK ((action = 'replace' AND replacement IS NOT NULL) OR (action = 'keep' AND reason IS NOT NULL AND reason <> ''))
);
`,
} satisfies Migration;
