// ENDED-WITHOUT-INVOLVEMENT: aftercare ended without involving the person (or carer/advocate).
import type { Rule } from '../rule-context';
import { endingsWhere } from './ending-field';

export const endedWithoutInvolvement: Rule = {
  id: 'ENDED-WITHOUT-INVOLVEMENT',
  severity: 'fault',
  purpose: 'The person, and any carer or advocate, must be involved in a decision to end aftercare.',
  citation:
    'Mental Health Act 1983 Code of Practice (2015), paragraphs 33.20–33.24; LGSCO/PHSO Section 117 aftercare guidance (2022), "Ending Section 117 aftercare": councils and CCGs should involve the person, and their carer or advocate if they have one, in any decision to end S117 aftercare.',
  evaluate: (context) =>
    endingsWhere(context, 'personInvolved', {
      no: 'without involving the person',
      unknown: 'the record does not say whether the person was involved',
    }),
};
