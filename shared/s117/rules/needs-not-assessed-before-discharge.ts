// NEEDS-NOT-ASSESSED-BEFORE-DISCHARGE: no assessment of aftercare needs before discharge.
import type { Rule } from '../rule-context';
import { missingBeforeDischarge } from './missing-before-discharge';

export const needsNotAssessedBeforeDischarge: Rule = {
  id: 'NEEDS-NOT-ASSESSED-BEFORE-DISCHARGE',
  severity: 'concern',
  purpose: 'Aftercare needs should be comprehensively assessed before the person is discharged.',
  citation:
    'Mental Health Act 1983 Code of Practice (2015), paragraphs 33.10–33.16 and chapter 34: before discharge the responsible clinician should ensure aftercare needs have been addressed, through a comprehensive assessment under the Care Programme Approach.',
  evaluate: (context) => missingBeforeDischarge(context, 'needs_assessment', 'an assessment of aftercare needs'),
};
