// ENDED-WHILE-IN-S117-ACCOMMODATION: aftercare ended while the person lived in a placement that
// meets a mental-health need: the latest accommodation_placement on or before the ending (in its
// episode) is one, so no move away from it is recorded before the ending (CASEFILE.md 1.1).
import type { CaseFileEvent } from '../../casefile/schema';
import { addCalendarDays } from '../../calendar/date-arithmetic';
import type { Rule } from '../rule-context';
import { describeEventDate, earliest, isImprecise, latest, onEventDate } from '../rule-context';

export const endedWhileInS117Accommodation: Rule = {
  id: 'ENDED-WHILE-IN-S117-ACCOMMODATION',
  severity: 'fault',
  purpose:
    'Aftercare cannot be ended while the person still lives in accommodation that meets their mental-health needs.',
  citation:
    'Mental Health Act 1983, s117(2): the duty continues until the bodies are satisfied the person no longer needs the services; LGSCO/PHSO Section 117 aftercare guidance (2022), "Accommodation as a Section 117 need" and "Ending Section 117 aftercare": where specialist accommodation meets a need arising from the mental disorder, aftercare cannot be ended while that need, and the placement, continue.',
  evaluate(context) {
    const events = context.timeline.events;
    return events.flatMap((ending, pos) => {
      if (ending.type !== 's117_ended') return [];
      const episode = context.episodeOwning(pos);
      const from = episode ? episode.detention.date : (events[0]?.date ?? ending.date);
      const placements = context.eventsDated('accommodation_placement', from, ending.date);
      const placement = placements[placements.length - 1];
      if (!placement || placement.meetsMentalHealthNeed !== true) return [];
      // A move recorded after the ending whose imprecise date could put it before the ending.
      const uncertain: CaseFileEvent[] = [];
      if (latest(placement) > earliest(ending)) uncertain.push(placement);
      if (isImprecise(ending) || context.impreciseTypes.has('accommodation_placement')) {
        const move = context
          .eventsDated('accommodation_placement', addCalendarDays(ending.date, 1), addCalendarDays(latest(ending), 15))
          .find((p) => earliest(p) <= latest(ending));
        if (move) uncertain.push(move);
      }
      const kind = placement.accommodation ? ` (${placement.accommodation.replace(/_/g, ' ')})` : '';
      return [
        {
          date: ending.date,
          events: [ending.id],
          orgs: context.orgsAt(pos),
          message: `S117 aftercare was ended ${onEventDate(ending)} while the person was still in the placement of ${describeEventDate(placement)}${kind}, which meets a mental-health need; no move from it is recorded before the ending.`,
          dependsOn: uncertain.length > 0 ? [ending, ...uncertain] : [],
        },
      ];
    });
  },
};
