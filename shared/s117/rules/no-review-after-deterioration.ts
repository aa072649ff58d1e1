// NO-REVIEW-AFTER-DETERIORATION: the person's mental health deteriorated while aftercare ran
// (on or after discharge, up to the episode's end) and no S117 review followed within six weeks.
import { formatLongDate } from '../../dates/calendar-date';
import { addCalendarDays, addWeeks } from '../../calendar/date-arithmetic';
import type { DraftFlag, Rule } from '../rule-context';
import { earliest, isImprecise, latest, onEventDate } from '../rule-context';

/** Weeks within which a deterioration should be followed by an S117 review (CASEFILE.md 1.1). */
export const REVIEW_AFTER_DETERIORATION_WEEKS = 6;

export const noReviewAfterDeterioration: Rule = {
  id: 'NO-REVIEW-AFTER-DETERIORATION',
  severity: 'concern',
  purpose: 'S117 aftercare should be reviewed when the person’s circumstances change, such as a deterioration.',
  citation:
    'LGSCO/PHSO Section 117 aftercare guidance (2022), "Care planning": eligibility for Section 117 should be reviewed within six weeks of discharge, then annually, or sooner if circumstances change; Mental Health Act 1983 Code of Practice (2015), paragraph 34.13.',
  evaluate(context) {
    const weeks = REVIEW_AFTER_DETERIORATION_WEEKS;
    const flags: DraftFlag[] = [];
    for (const episode of context.episodes) {
      const discharge = episode.discharge;
      if (!discharge) continue;
      for (const deterioration of context.eventsDated('deterioration', discharge.date, episode.endDate)) {
        const deadline = addWeeks(deterioration.date, weeks);
        if (context.asAt <= deadline || episode.endDate <= deadline) continue;
        if (context.eventsDated('s117_review', deterioration.date, deadline).length > 0) continue;
        const mayMove = isImprecise(deterioration) || context.impreciseTypes.has('s117_review');
        const latestDeadline = mayMove ? addWeeks(latest(deterioration), weeks) : deadline;
        const nearby = mayMove
          ? context
              .eventsDated(
                's117_review',
                addCalendarDays(earliest(deterioration), -366),
                addCalendarDays(latestDeadline, 15),
              )
              .filter((r) => latest(r) >= earliest(deterioration) && earliest(r) <= latestDeadline)
          : [];
        flags.push({
          date: deadline,
          events: [deterioration.id],
          orgs: episode.orgs,
          message: `The person's mental health deteriorated ${onEventDate(deterioration)} while receiving S117 aftercare, and no S117 review is recorded within ${weeks} weeks (by ${formatLongDate(deadline)}).`,
          dependsOn: nearby.length > 0 ? [deterioration, ...nearby] : [],
        });
      }
    }
    return flags;
  },
};
