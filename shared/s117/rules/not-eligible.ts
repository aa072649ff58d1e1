// NOT-ELIGIBLE: the record shows no qualifying detention, so no S117 duty arose.
import type { Rule } from '../rule-context';
import { describeEventDate } from '../rule-context';

export const notEligible: Rule = {
  id: 'NOT-ELIGIBLE',
  severity: 'info',
  purpose: 'No qualifying detention (s3, 37, 45A, 47 or 48) is recorded, so no S117 duty arose.',
  citation:
    'Mental Health Act 1983, s117(1): aftercare is owed to people detained under section 3, 37, 45A, 47 or 48 who then cease to be detained and leave hospital; not after sections 2, 4, 5, 35, 36, 38, 135 or 136.',
  evaluate(context) {
    if (context.episodes.length > 0) return [];
    const detentions = context.timeline.events.filter((e) => e.type === 'detention');
    const last = detentions[detentions.length - 1];
    if (!last || last.type !== 'detention')
      return [
        {
          date: context.file.case.received,
          events: [],
          orgs: [],
          message:
            'No detention under the Mental Health Act is recorded, so there is no S117 entitlement on this record.',
        },
      ];
    return [
      {
        date: last.date,
        events: [last.id],
        orgs: [],
        message: `The only detentions recorded are under sections that do not qualify for S117 aftercare (latest: section ${last.section}, ${describeEventDate(last)}).`,
      },
    ];
  },
};
