// DETERIORATION-AFTER-ENDING: the person deteriorated soon after aftercare ended and nothing
// was reinstated (no services started, no detention) from then to asAt.
import type { CaseFileEvent } from '../../casefile/schema';
import { addMonths } from '../calendar';
import type { Rule } from '../rule-context';
import { onEventDate } from '../rule-context';

export const deteriorationAfterEnding: Rule = {
  id: 'DETERIORATION-AFTER-ENDING',
  severity: 'concern',
  purpose: 'Services may need to be reinstated if the person deteriorates soon after aftercare ends.',
  citation:
    'LGSCO/PHSO Section 117 aftercare guidance (2022), "Ending Section 117 aftercare": councils and CCGs may reinstate aftercare if the patient deteriorates soon after services are withdrawn; Mental Health Act 1983 Code of Practice (2015), paragraph 33.23.',
  evaluate(context) {
    const months = context.settings.deteriorationMonths;
    const events = context.timeline.events;
    let lastResponse = -1;
    events.forEach((e, i) => {
      if (e.type === 'services_started' || e.type === 'detention') lastResponse = i;
    });
    let ending: { event: CaseFileEvent; pos: number } | null = null;
    return events.flatMap((event, pos) => {
      if (event.type === 's117_ended') ending = { event, pos };
      if (event.type !== 'deterioration' || !ending || lastResponse > pos) return [];
      const ended = ending;
      if (event.date > addMonths(ended.event.date, months)) return [];
      return [
        {
          date: event.date,
          events: [event.id],
          orgs: context.orgsAt(ended.pos),
          message: `The person's mental health deteriorated ${onEventDate(event)}, within ${months} months of S117 aftercare ending ${onEventDate(ended.event)}, and no services are recorded as reinstated since.`,
          dependsOn: [ended.event, event],
        },
      ];
    });
  },
};
