// HOUSING-BENEFIT-FOR-S117-ACCOMMODATION: the person was told to claim housing benefit for a
// placement that meets a mental-health need (and so is S117 aftercare) in the same episode;
// by date: a placement on the claim's day counts.
import type { EventOf } from '../../casefile/schema';
import type { Rule } from '../rule-context';
import { describeEventDate, earliest, latest } from '../rule-context';

export const housingBenefitForS117Accommodation: Rule = {
  id: 'HOUSING-BENEFIT-FOR-S117-ACCOMMODATION',
  severity: 'fault',
  purpose: 'Specialist accommodation that meets a mental-health need is S117 aftercare: no housing benefit claim.',
  citation:
    'Mental Health Act 1983 Code of Practice (2015), paragraph 33.20; LGSCO/PHSO Section 117 aftercare guidance (2022), "Accommodation as a Section 117 need": where the person lives in specialist accommodation as part of their S117 aftercare, the council and/or CCG should pay for it and the person should not be expected to claim housing benefit.',
  evaluate(context) {
    return context.timeline.events.flatMap((claim, pos) => {
      if (claim.type !== 'housing_benefit_claim') return [];
      const episode = context.episodeOwning(pos);
      if (!episode || claim.date > episode.endDate) return [];
      const placement = context
        .eventsDated('accommodation_placement', episode.detention.date, claim.date)
        .filter((p: EventOf<'accommodation_placement'>) => p.meetsMentalHealthNeed === true)
        .pop();
      if (!placement) return [];
      const couldStop =
        earliest(claim) < latest(placement) || (episode.end !== null && latest(claim) > earliest(episode.end));
      const kind = placement.accommodation ? ` (${placement.accommodation.replace(/_/g, ' ')})` : '';
      return [
        {
          date: claim.date,
          events: [claim.id],
          orgs: episode.orgs,
          message: `On ${describeEventDate(claim)} the person was told to claim housing benefit for the placement of ${describeEventDate(placement)}${kind}, which meets a mental-health need and so should be funded under S117.`,
          dependsOn: couldStop ? [claim, placement, ...(episode.end ? [episode.end] : [])] : [],
        },
      ];
    });
  },
};
