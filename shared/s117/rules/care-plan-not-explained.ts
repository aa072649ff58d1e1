// CARE-PLAN-NOT-EXPLAINED: a written care plan recorded as not saying which services S117 funds.
import type { Rule } from '../rule-context';
import { onEventDate } from '../rule-context';

export const carePlanNotExplained: Rule = {
  id: 'CARE-PLAN-NOT-EXPLAINED',
  severity: 'concern',
  purpose: 'The care plan should say which services are provided as S117 aftercare, and so are free.',
  citation:
    'Mental Health Act 1983 Code of Practice (2015), paragraph 33.11 and chapter 34; LGSCO/PHSO Section 117 aftercare guidance (2022): the care plan should clearly record whether the person is entitled to S117 aftercare and which services are funded under it.',
  evaluate(context) {
    return context.timeline.events.flatMap((plan, pos) => {
      if (plan.type !== 'care_plan_written' || plan.explainsFunding !== false) return [];
      return [
        {
          date: plan.date,
          events: [plan.id],
          orgs: context.orgsAt(pos),
          message: `The care plan written ${onEventDate(plan)} does not say which of the services are S117 aftercare, funded free of charge.`,
        },
      ];
    });
  },
};
