// Migration 4: the history of each agreed action's status, with the evidence that an action was
// done. The action itself (and its current status) stays in the case's remedy JSON, which the
// case file carries; the evidence note and when it was recorded are the workbench's own record.
import type { Migration } from './types';

export default {
  version: 4,
  name: 'remedy_tracking',
  sql: `
CREATE TABLE action_status_log (
  case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  action_id TEXT NOT NULL,
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  status TEXT NOT NULL CHECK (status IN ('due', 'done', 'overdue')),
  evidence TEXT,
  recorded_at TEXT NOT NULL,
  actor TEXT NOT NULL
);
CREATE INDEX action_status_log_by_action ON action_status_log(case_id, action_id, seq);
`,
} satisfies Migration;
