// PHB-REQUEST-NOT-DECIDED: a request for a personal health budget with no decision on or after it,
// for requests from 2 December 2019, when the legal right to one for S117 aftercare began.
import type { Rule } from '../rule-context';
import { onEventDate } from '../rule-context';

/** The NHS (Standing Rules) amendment giving a legal right to a PHB for S117 aftercare came into force. */
export const PHB_RIGHT_FROM = '2019-12-02';

export const phbRequestNotDecided: Rule = {
  id: 'PHB-REQUEST-NOT-DECIDED',
  severity: 'concern',
  purpose: 'The NHS body must consider a request for a personal health budget.',
  citation:
    'NHS Commissioning Board and CCGs (Responsibilities and Standing Rules) Regulations 2012 as amended from 2 December 2019: people eligible for S117 aftercare have a legal right to request a personal health budget, and the NHS body must give the request due consideration.',
  evaluate(context) {
    const events = context.timeline.events;
    let lastDecision: (typeof events)[number] | null = null;
    for (const e of events) if (e.type === 'phb_decision') lastDecision = e;
    return events.flatMap((request, pos) => {
      if (request.type !== 'phb_requested' || request.date < PHB_RIGHT_FROM) return [];
      if (lastDecision && lastDecision.date >= request.date) return [];
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
