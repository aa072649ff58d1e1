// ENDED-ON-CTO: aftercare ended while a community treatment order was in force: from its
// cto_start to the first cto_end or detention after it (a return to hospital under a section
// revokes the CTO, MHA s17F(4); CASEFILE.md 1.1).
import type { CaseFileEvent } from '../../casefile/schema';
import type { Rule } from '../rule-context';
import { describeEventDate, earliest, latest, onEventDate } from '../rule-context';

/**
 * Imprecise dates that could stop the flag: the CTO could have begun after the ending, or a
 * cto_end or detention recorded after the ending could have come before it.
 */
function ctoUncertainty(events: readonly CaseFileEvent[], pos: number, ending: CaseFileEvent, cto: CaseFileEvent) {
  const out: CaseFileEvent[] = [];
  if (latest(cto) > earliest(ending)) out.push(cto);
  const until = latest(ending);
  for (let i = pos + 1; i < events.length && earliest(events[i]!) < until; i++) {
    const e = events[i]!;
    if (e.type === 'cto_end' || e.type === 'detention') {
      out.push(e);
      break;
    }
  }
  return out.length > 0 ? [ending, ...out] : [];
}

export const endedOnCto: Rule = {
  id: 'ENDED-ON-CTO',
  severity: 'fault',
  purpose: 'S117 aftercare cannot be ended while the person is on a community treatment order.',
  citation:
    'Mental Health Act 1983, s117(2): the duty to provide aftercare cannot end while the person remains a community patient (on a community treatment order).',
  evaluate(context) {
    let openCto: (typeof context.timeline.events)[number] | null = null;
    const events = context.timeline.events;
    return events.flatMap((event, pos) => {
      if (event.type === 'cto_start') openCto = event;
      // Any detention ends the CTO (revoked, or superseded), even if no cto_end was recorded.
      else if (event.type === 'cto_end' || event.type === 'detention') openCto = null;
      if (event.type !== 's117_ended' || !openCto) return [];
      const cto = openCto;
      return [
        {
          date: event.date,
          events: [event.id],
          orgs: context.orgsAt(pos),
          message: `S117 aftercare was ended ${onEventDate(event)} while the community treatment order of ${describeEventDate(cto)} was still in force.`,
          dependsOn: ctoUncertainty(events, pos, event, cto),
        },
      ];
    });
  },
};
