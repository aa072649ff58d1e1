// TOP-UP-WITHOUT-PREFERENCE: a top-up agreed although the person did not choose a dearer placement,
// inside an eligible episode (on or after its discharge, up to its end; CASEFILE.md 1.1).
import { formatPence } from '../../money/format-money';
import type { Rule } from '../rule-context';
import { earliest, latest, onEventDate } from '../rule-context';

export const topUpWithoutPreference: Rule = {
  id: 'TOP-UP-WITHOUT-PREFERENCE',
  severity: 'fault',
  purpose: 'A top-up is lawful only for a preferred placement dearer than the one offered.',
  citation:
    'Care and Support and Aftercare (Choice of Accommodation) Regulations 2014 (SI 2014/2670): a top-up may be asked only where the person chooses a preferred placement costing more than the bodies would otherwise pay, agreed in writing.',
  evaluate(context) {
    return context.timeline.events.flatMap((topUp, pos) => {
      if (topUp.type !== 'top_up_agreed' || topUp.preferredByPerson !== false) return [];
      const episode = context.episodeOwning(pos);
      const discharge = episode?.discharge;
      if (!episode || !discharge || topUp.date < discharge.date || topUp.date > episode.endDate) return [];
      const end = episode.end;
      const couldStop = earliest(topUp) < latest(discharge) || (end !== null && latest(topUp) > earliest(end));
      const amount = topUp.amount !== undefined ? ` of ${formatPence(topUp.amount)}` : '';
      return [
        {
          date: topUp.date,
          events: [topUp.id],
          orgs: episode.orgs,
          message: `A top-up${amount} was agreed ${onEventDate(topUp)}, although the person had not chosen a dearer placement over one offered at the usual cost.`,
          dependsOn: couldStop ? [topUp, discharge, ...(episode.end ? [episode.end] : [])] : [],
        },
      ];
    });
  },
};
