// TOP-UP-WITHOUT-PREFERENCE: a top-up agreed although the person did not choose a dearer placement.
import { formatPence } from '../format-money';
import type { Rule } from '../rule-context';
import { onEventDate } from '../rule-context';

export const topUpWithoutPreference: Rule = {
  id: 'TOP-UP-WITHOUT-PREFERENCE',
  severity: 'fault',
  purpose: 'A top-up is lawful only for a preferred placement dearer than the one offered.',
  citation:
    'Care and Support and Aftercare (Choice of Accommodation) Regulations 2014 (SI 2014/2670): a top-up may be asked only where the person chooses a preferred placement costing more than the bodies would otherwise pay, agreed in writing.',
  evaluate(context) {
    return context.timeline.events.flatMap((topUp, pos) => {
      if (topUp.type !== 'top_up_agreed' || topUp.preferredByPerson !== false) return [];
      const amount = topUp.amount !== undefined ? ` of ${formatPence(topUp.amount)}` : '';
      return [
        {
          date: topUp.date,
          events: [topUp.id],
          orgs: context.orgsAt(pos),
          message: `A top-up${amount} was agreed ${onEventDate(topUp)}, although the person had not chosen a dearer placement over one offered at the usual cost.`,
        },
      ];
    });
  },
};
