// Migration 10: who dismissed a flag and when, on the dismissal's own row (it was read back from
// the audit log, which a purge or an imported case may not have). Existing rows take theirs from
// the audit log's latest dismissal of the same flag; an imported dismissal has none.
import type { Migration } from './types';

export default {
  version: 10,
  name: 'dismissal authors',
  sql: `
ALTER TABLE dismissals ADD COLUMN dismissed_by TEXT;
ALTER TABLE dismissals ADD COLUMN dismissed_at TEXT;
UPDATE dismissals SET
  dismissed_by = (SELECT a.actor FROM audit_log a WHERE a.case_id = dismissals.case_id AND a.entity = 'flag'
                  AND a.action = 'dismiss' AND a.entity_id = dismissals.rule || ' ' || dismissals.date
                  ORDER BY a.seq DESC LIMIT 1),
  dismissed_at = (SELECT a.at FROM audit_log a WHERE a.case_id = dismissals.case_id AND a.entity = 'flag'
                  AND a.action = 'dismiss' AND a.entity_id = dismissals.rule || ' ' || dismissals.date
                  ORDER BY a.seq DESC LIMIT 1);
`,
} satisfies Migration;
