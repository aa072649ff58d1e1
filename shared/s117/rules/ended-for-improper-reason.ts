// ENDED-FOR-IMPROPER-REASON: aftercare ended for a reason that is never enough on its own,
// with no finding that aftercare is no longer needed.
import type { EventOf } from '../../casefile/schema';
import { IMPROPER_ENDING_REASONS, type EndingReason } from '../../domain/vocabulary';
import type { DraftFlag, Rule } from '../rule-context';
import { onEventDate } from '../rule-context';

const REASON_WORDS: Record<EndingReason, string> = {
  no_longer_needed: 'aftercare no longer needed',
  discharged_by_psychiatrist: 'discharged by a psychiatrist or specialist service',
  time_elapsed: 'a period of time had passed',
  dols: 'deprived of liberty under the Mental Capacity Act 2005',
  readmitted_informal_or_s2: 'returned to hospital informally or under section 2',
  cto_ended: 'no longer on a community treatment order',
  s17_leave_ended: 'no longer on section 17 leave',
  moved_area: 'moved to another area',
  other: 'another reason',
};

export const endedForImproperReason: Rule = {
  id: 'ENDED-FOR-IMPROPER-REASON',
  severity: 'fault',
  purpose: 'Aftercare must not be ended solely for a reason that does not show it is no longer needed.',
  citation:
    'Mental Health Act 1983 Code of Practice (2015), paragraphs 33.20–33.24; LGSCO/PHSO Section 117 aftercare guidance (2022), "Ending Section 117 aftercare": aftercare should not be withdrawn solely because the person was discharged by a psychiatrist or specialist service, an arbitrary period has passed, they are deprived of liberty under the MCA 2005, they returned to hospital informally or under section 2, or they are no longer on a CTO or section 17 leave.',
  evaluate(context) {
    const flags: DraftFlag[] = [];
    context.timeline.events.forEach((event, pos) => {
      if (event.type !== 's117_ended') return;
      const ending = event as EventOf<'s117_ended'>;
      const when = onEventDate(ending);
      const orgs = context.orgsAt(pos);
      if (ending.reasons === undefined) {
        flags.push({
          date: ending.date,
          events: [ending.id],
          orgs,
          message: `S117 aftercare was ended ${when}, but the record gives no reason.`,
          severity: 'concern',
        });
        return;
      }
      const improper = ending.reasons.filter((r) => IMPROPER_ENDING_REASONS.includes(r));
      if (improper.length === 0 || ending.reasons.includes('no_longer_needed')) return;
      flags.push({
        date: ending.date,
        events: [ending.id],
        orgs,
        message: `S117 aftercare was ended ${when} because ${improper.map((r) => REASON_WORDS[r]).join('; ')}, with no finding that aftercare was no longer needed.`,
      });
    });
    return flags;
  },
};
