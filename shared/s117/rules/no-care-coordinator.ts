// NO-CARE-COORDINATOR: no named care co-ordinator allocated before discharge.
import type { Rule } from '../rule-context';
import { missingBeforeDischarge } from './missing-before-discharge';

export const noCareCoordinator: Rule = {
  id: 'NO-CARE-COORDINATOR',
  severity: 'concern',
  purpose: 'A named care co-ordinator should be allocated under the Care Programme Approach.',
  citation:
    'Mental Health Act 1983 Code of Practice (2015), paragraph 34.5: a named care co-ordinator should be allocated as part of the Care Programme Approach.',
  evaluate: (context) =>
    missingBeforeDischarge(context, 'care_coordinator_allocated', 'a named care co-ordinator being allocated'),
};
