// CARE-PLAN-NOT-SHARED: a written care plan with no record of a copy given to the person.
import type { Rule } from '../rule-context';
import { earliest, latest, onEventDate } from '../rule-context';

export const carePlanNotShared: Rule = {
  id: 'CARE-PLAN-NOT-SHARED',
  severity: 'concern',
  purpose: 'A copy of the care plan should be given to the person and relevant parties.',
  citation:
    'LGSCO/PHSO Section 117 aftercare guidance (2022), key messages: the care plan should be recorded in writing and a copy shared with the person and any other relevant parties.',
  evaluate(context) {
    const events = context.timeline.events;
    let latestShared: (typeof events)[number] | null = null;
    let latestPossibleShare: (typeof events)[number] | null = null;
    for (const e of events) {
      if (e.type !== 'care_plan_shared') continue;
      latestShared = e;
      if (!latestPossibleShare || latest(e) > latest(latestPossibleShare)) latestPossibleShare = e;
    }
    return events.flatMap((plan, pos) => {
      if (plan.type !== 'care_plan_written') return [];
      if (latestShared && latestShared.date >= plan.date) return [];
      return [
        {
          date: plan.date,
          events: [plan.id],
          orgs: context.orgsAt(pos),
          message: `No record that the care plan written ${onEventDate(plan)} was shared with the person.`,
          // A share recorded before the plan whose date could fall on or after it.
          dependsOn:
            latestPossibleShare && latest(latestPossibleShare) >= earliest(plan) ? [plan, latestPossibleShare] : [],
        },
      ];
    });
  },
};
