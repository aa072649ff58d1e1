// PLANNING-NOT-STARTED-ON-ADMISSION: no aftercare planning recorded between detention and discharge.
import type { Rule } from '../rule-context';
import { missingBeforeDischarge } from './missing-before-discharge';

export const planningNotStartedOnAdmission: Rule = {
  id: 'PLANNING-NOT-STARTED-ON-ADMISSION',
  severity: 'concern',
  purpose: 'Aftercare planning should start when the person is admitted, not at discharge.',
  citation:
    'Mental Health Act 1983 Code of Practice (2015), paragraph 33.10: planning for aftercare should start as soon as the patient is admitted to hospital, so that services are in place in good time for discharge.',
  evaluate: (context) => missingBeforeDischarge(context, 'aftercare_planning', 'aftercare planning'),
};
