// ENDED-WITHOUT-REASSESSMENT: aftercare ended without first reassessing the person's needs.
import type { Rule } from '../rule-context';
import { endingsWhere } from './ending-field';

export const endedWithoutReassessment: Rule = {
  id: 'ENDED-WITHOUT-REASSESSMENT',
  severity: 'fault',
  purpose: 'Needs must be reassessed before aftercare is ended.',
  citation:
    'Mental Health Act 1983 Code of Practice (2015), paragraphs 33.20–33.24; LGSCO/PHSO Section 117 aftercare guidance (2022), "Ending Section 117 aftercare": aftercare may end only when the bodies are satisfied, on an assessment of the person’s needs, that aftercare is no longer needed.',
  evaluate: (context) =>
    endingsWhere(context, 'reassessed', {
      no: 'without reassessing the person’s needs',
      unknown: 'the record does not say whether needs were reassessed first',
    }),
};
