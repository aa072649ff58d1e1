// The CASEFILE.md example case file, for the remedy tests: m2 left out and r2 a lump sum of
// 25000, as in the worked example of "Remedy output".
import { caseFileSchema, type CaseFile } from '../../casefile/schema';
import type { LossWindows } from '../remedy-output';

export function exampleCaseFile(): CaseFile {
  return caseFileSchema.parse({
    format: 's117-case',
    version: 1,
    case: {
      reference: '19 016 759',
      title: 'Aftercare after detention under section 3',
      nation: 'england',
      stage: 'investigation',
      received: '2021-03-04',
      finalDecisionDate: null,
      asAt: '2022-01-15',
    },
    people: [
      { id: 'p1', role: 'aggrieved', title: 'Ms', name: 'Sarah Jones', label: 'Ms X' },
      { id: 'p2', role: 'complainant', title: 'Mrs', name: 'Anne Jones', label: 'Mrs Y', relationship: 'mother' },
    ],
    organisations: [
      { id: 'council', kind: 'council', name: 'Anytown Borough Council', reference: '19 016 759a' },
      { id: 'nhs', kind: 'ccg', name: 'NHS Anytown CCG' },
      { id: 'trust', kind: 'trust', name: 'Anytown Mental Health NHS Trust' },
    ],
    events: [
      {
        id: 'e1',
        date: '2019-01-10',
        type: 'detention',
        section: '3',
        org: 'trust',
        text: 'Detained under section 3 after a psychotic episode',
        residence: {
          council: 'council',
          gpCommissioner: 'nhs',
          ordinaryResidenceCommissioner: 'nhs',
          usualResidenceCommissioner: null,
        },
      },
      { id: 'e2', date: '2019-03-01', type: 'discharge', org: 'trust' },
    ],
    payments: [
      {
        id: 'm1',
        date: '2019-04-01',
        amount: 128800,
        paidBy: 'p2',
        for: 'private support worker',
        service: 'support',
        meetsMentalHealthNeed: true,
      },
    ],
    offsets: [{ id: 'o1', date: '2019-04-01', amount: 40000, kind: 'housing_benefit', against: ['m1'] }],
    remedy: {
      interestRatePercent: 0,
      interestReason: '',
      apportionment: [
        { org: 'council', percent: 50 },
        { org: 'nhs', percent: 50 },
      ],
      payments: [
        { id: 'r1', kind: 'distress', to: 'p1', by: 'trust', amount: 100000, reason: '…' },
        { id: 'r2', kind: 'time_and_trouble', to: 'p2', by: 'trust', amount: 25000 },
      ],
      actions: [
        { id: 'a1', kind: 'apology', by: ['council', 'nhs'], withinDays: 28, status: 'due' },
        {
          id: 'a2',
          kind: 'service_improvement',
          by: ['council'],
          text: 'Review the S117 policy',
          withinWorkingDays: 60,
        },
      ],
    },
  });
}

export const exampleLossWindows: LossWindows = {
  entitlementFrom: '2019-03-01',
  windows: [{ from: '2019-03-01', to: '2022-01-15' }],
};

/** The CASEFILE.md m2: weekly care home fees of £256 from 6 May to 29 July 2019. */
export const exampleScheduledPayment = {
  id: 'm2',
  paidBy: 'p2',
  for: 'care home fees',
  service: 'residential care',
  meetsMentalHealthNeed: true,
  schedule: { from: '2019-05-06', to: '2019-07-29', every: 'week' as const, amount: 25600 },
};
