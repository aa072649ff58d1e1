// DETERIORATION-AFTER-ENDING: the person deteriorated soon after aftercare ended and nothing
// was reinstated (no services started, no detention dated on or after the deterioration) to asAt.
import type { CaseFileEvent } from '../../casefile/schema';
import { addMonthsClamped } from '../../calendar/date-arithmetic';
import type { Rule } from '../rule-context';
import { earliest, isImprecise, latest, onEventDate } from '../rule-context';

export const deteriorationAfterEnding: Rule = {
  id: 'DETERIORATION-AFTER-ENDING',
  severity: 'concern',
  purpose: 'Services may need to be reinstated if the person deteriorates soon after aftercare ends.',
  citation:
    'LGSCO/PHSO Section 117 aftercare guidance (2022), "Ending Section 117 aftercare": councils and CCGs may reinstate aftercare if the patient deteriorates soon after services are withdrawn; Mental Health Act 1983 Code of Practice (2015), paragraph 33.23.',
  evaluate(context) {
    const months = context.settings.deteriorationMonths;
    const events = context.timeline.events;
    // The latest response by date, and the one that could be latest once imprecise dates move.
    let lastResponse: CaseFileEvent | null = null;
    let latestPossible: CaseFileEvent | null = null;
    for (const e of events) {
      if (e.type !== 'services_started' && e.type !== 'detention') continue;
      lastResponse = e;
      if (!latestPossible || latest(e) >= latest(latestPossible)) latestPossible = e;
    }
    let ending: { event: CaseFileEvent; pos: number } | null = null;
    return events.flatMap((event, pos) => {
      if (event.type === 's117_ended') ending = { event, pos };
      if (event.type !== 'deterioration' || !ending) return [];
      // Reinstated from then to asAt: a services_started or detention dated on or after the deterioration.
      if (lastResponse && lastResponse.date >= event.date) return [];
      const ended = ending;
      if (event.date > addMonthsClamped(ended.event.date, months)) return [];
      const couldStop =
        (isImprecise(event) || isImprecise(ended.event) || (latestPossible !== null && isImprecise(latestPossible))) &&
        (earliest(event) < latest(ended.event) ||
          latest(event) > addMonthsClamped(earliest(ended.event), months) ||
          (latestPossible !== null && latest(latestPossible) >= earliest(event)));
      return [
        {
          date: event.date,
          events: [event.id],
          orgs: context.orgsAt(ended.pos),
          message: `The person's mental health deteriorated ${onEventDate(event)}, within ${months} months of S117 aftercare ending ${onEventDate(ended.event)}, and no services are recorded as reinstated since.`,
          dependsOn: couldStop ? [ended.event, event, ...(latestPossible ? [latestPossible] : [])] : [],
        },
      ];
    });
  },
};
