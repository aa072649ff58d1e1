// S17-LEAVE-JUDGEMENT: section 17 leave during a qualifying detention; whether the S117 duty
// began on leave is a judgement for the investigator, not the engine.
import type { Rule } from '../rule-context';
import { onEventDate } from '../rule-context';

export const s17LeaveJudgement: Rule = {
  id: 'S17-LEAVE-JUDGEMENT',
  severity: 'concern',
  purpose: 'Section 17 leave after a qualifying detention: when the S117 duty began needs judgement.',
  citation:
    'R (CXF) v Central Bedfordshire Council [2018] EWCA Civ 2852: the S117 duty does not start automatically on section 17 leave; whether aftercare was needed during leave depends on the facts.',
  evaluate(context) {
    return context.timeline.events.flatMap((event, pos) => {
      if (event.type !== 's17_leave_start') return [];
      const episode = context.episodeOwning(pos);
      // By date (CASEFILE.md 1.1): leave on the discharge day counts whichever is listed first.
      if (!episode || event.date > (episode.discharge?.date ?? episode.endDate)) return [];
      return [
        {
          date: event.date,
          events: [event.id],
          orgs: episode.orgs,
          message: `Section 17 leave began ${onEventDate(event)} during the section ${episode.detention.section} detention: decide whether aftercare needs arose during the leave.`,
        },
      ];
    });
  },
};
