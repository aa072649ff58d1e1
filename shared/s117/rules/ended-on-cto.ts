// ENDED-ON-CTO: aftercare ended while a community treatment order was in force.
import { isQualifyingDetention } from '../episodes';
import type { Rule } from '../rule-context';
import { describeEventDate, onEventDate } from '../rule-context';

export const endedOnCto: Rule = {
  id: 'ENDED-ON-CTO',
  severity: 'fault',
  purpose: 'S117 aftercare cannot be ended while the person is on a community treatment order.',
  citation:
    'Mental Health Act 1983, s117(2): the duty to provide aftercare cannot end while the person remains a community patient (on a community treatment order).',
  evaluate(context) {
    let openCto: (typeof context.timeline.events)[number] | null = null;
    return context.timeline.events.flatMap((event, pos) => {
      if (event.type === 'cto_start') openCto = event;
      // A new qualifying detention means the CTO was revoked or superseded, even if no cto_end was recorded.
      else if (event.type === 'cto_end' || isQualifyingDetention(event)) openCto = null;
      if (event.type !== 's117_ended' || !openCto) return [];
      const cto = openCto;
      return [
        {
          date: event.date,
          events: [event.id],
          orgs: context.orgsAt(pos),
          message: `S117 aftercare was ended ${onEventDate(event)} while the community treatment order of ${describeEventDate(cto)} was still in force.`,
          dependsOn: [event, cto],
        },
      ];
    });
  },
};
