// PHB-REQUEST-NOT-DECIDED: a request for a personal health budget with no later decision.
import type { Rule } from '../rule-context';
import { onEventDate } from '../rule-context';

export const phbRequestNotDecided: Rule = {
  id: 'PHB-REQUEST-NOT-DECIDED',
  severity: 'concern',
  purpose: 'The NHS body must consider a request for a personal health budget.',
  citation:
    'NHS Commissioning Board and CCGs (Responsibilities and Standing Rules) Regulations 2012 as amended from 2 December 2019: people eligible for S117 aftercare have a legal right to request a personal health budget, and the NHS body must give the request due consideration.',
  evaluate(context) {
    const events = context.timeline.events;
    let lastDecision = -1;
    events.forEach((e, i) => {
      if (e.type === 'phb_decision') lastDecision = i;
    });
    return events.flatMap((request, pos) => {
      if (request.type !== 'phb_requested' || lastDecision > pos) return [];
      const episode = context.episodeOwning(pos) ?? context.current;
      const nhs = episode?.responsibility.nhs.org;
      return [
        {
          date: request.date,
          events: [request.id],
          orgs: nhs ? [nhs] : [],
          message: `A personal health budget was requested ${onEventDate(request)}, and no decision on it is recorded.`,
        },
      ];
    });
  },
};
