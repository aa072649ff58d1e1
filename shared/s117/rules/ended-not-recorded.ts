// ENDED-NOT-RECORDED: aftercare ended with no formal record of the discharge from S117.
import type { Rule } from '../rule-context';
import { endingsWhere } from './ending-field';

export const endedNotRecorded: Rule = {
  id: 'ENDED-NOT-RECORDED',
  severity: 'fault',
  purpose: 'A formal discharge from S117 aftercare must be recorded.',
  citation:
    'Mental Health Act 1983 Code of Practice (2015), paragraphs 33.20–33.24; LGSCO/PHSO Section 117 aftercare guidance (2022), "Ending Section 117 aftercare": councils and CCGs should keep a record of when a patient has been formally discharged from Section 117.',
  evaluate: (context) =>
    endingsWhere(context, 'recorded', {
      no: 'and the discharge from S117 was not formally recorded',
      unknown: 'the record does not say whether the discharge from S117 was formally recorded',
    }),
};
