// Migration 6: the searchable details of an evidence item in words — tags as a list, an email's
// sender, recipients and subject — instead of their stored JSON, so a hit on the details shows
// "care plan, invoice" and "From Sam Carer … Subject …", never brackets and quotes.
import type { Migration } from './types';

const details = (row: 'new') => `concat_ws(' ',
      ${row}.original_name,
      (SELECT group_concat(value, ', ') FROM json_each(${row}.tags_json)),
      ${row}.notes,
      CASE WHEN ${row}.email_json IS NULL THEN NULL ELSE concat_ws(' ',
        'From', json_extract(${row}.email_json, '$.from'),
        'to', (SELECT group_concat(value, ', ') FROM json_each(${row}.email_json, '$.to')),
        'Subject:', json_extract(${row}.email_json, '$.subject')) END,
      (SELECT name FROM organisations o WHERE o.case_id = ${row}.case_id AND o.id = ${row}.author_org))`;

export default {
  version: 6,
  name: 'evidence details in words',
  sql: `
DROP TRIGGER evidence_ai;
DROP TRIGGER evidence_au;
CREATE TRIGGER evidence_ai AFTER INSERT ON evidence BEGIN
  INSERT INTO evidence_meta_fts (title, details, case_id, evidence_id) VALUES (new.title, ${details('new')}, new.case_id, new.id);
END;
CREATE TRIGGER evidence_au AFTER UPDATE ON evidence BEGIN
  DELETE FROM evidence_meta_fts WHERE case_id = old.case_id AND evidence_id = old.id;
  INSERT INTO evidence_meta_fts (title, details, case_id, evidence_id) VALUES (new.title, ${details('new')}, new.case_id, new.id);
END;
DELETE FROM evidence_meta_fts;
INSERT INTO evidence_meta_fts (title, details, case_id, evidence_id)
  SELECT new.title, ${details('new')}, new.case_id, new.id FROM evidence AS new;
`,
} satisfies Migration;
