// NO-WRITTEN-CARE-PLAN: no written care plan recording S117 entitlement before discharge.
import type { Rule } from '../rule-context';
import { missingBeforeDischarge } from './missing-before-discharge';

export const noWrittenCarePlan: Rule = {
  id: 'NO-WRITTEN-CARE-PLAN',
  severity: 'concern',
  purpose: 'A written care plan should record S117 entitlement and which services S117 funds.',
  citation:
    'Mental Health Act 1983 Code of Practice (2015), paragraph 34.3; LGSCO/PHSO Section 117 aftercare guidance (2022): the care plan should clearly record whether the person is entitled to S117 aftercare and which services are funded under it.',
  evaluate: (context) =>
    missingBeforeDischarge(context, 'care_plan_written', 'a written care plan recording S117 entitlement'),
};
