// ANNUAL-REVIEW-MISSED: a gap longer than the review interval between S117 reviews, or from the
// last review to the episode's end; one flag per gap. With no S117 review at all, one flag for
// each whole interval after the first review was due, up to the episode's end (CASEFILE.md 1.1).
import type { CaseFileEvent } from '../../casefile/schema';
import { formatLongDate } from '../../dates/calendar-date';
import { addMonthsClamped, addWeeks } from '../../calendar/date-arithmetic';
import type { DraftFlag, Rule } from '../rule-context';
import { describeEventDate, earliest, isImprecise, latest, onEventDate } from '../rule-context';

export const annualReviewMissed: Rule = {
  id: 'ANNUAL-REVIEW-MISSED',
  severity: 'fault',
  purpose: 'After the first review, S117 aftercare should be reviewed at least annually.',
  citation:
    'LGSCO/PHSO Section 117 aftercare guidance (2022), "Care planning": eligibility for Section 117 should be reviewed within six weeks of discharge, then annually thereafter, or sooner if circumstances change; Mental Health Act 1983 Code of Practice (2015), paragraph 34.13.',
  evaluate(context) {
    const months = context.settings.reviewIntervalMonths;
    const weeks = context.settings.firstReviewWeeks;
    const flags: DraftFlag[] = [];
    /** The imprecise events to name when the later one could have come by the deadline. */
    const uncertain = (earlier: CaseFileEvent, later: CaseFileEvent | null, latestDeadline: () => string) =>
      later !== null && (isImprecise(earlier) || isImprecise(later)) && earliest(later) <= latestDeadline()
        ? [earlier, later]
        : [];
    for (const episode of context.episodes) {
      const discharge = episode.discharge;
      if (!discharge) continue;
      const reviews = context.eventsDated('s117_review', discharge.date, episode.endDate);
      if (reviews.length === 0) {
        const firstDue = addWeeks(discharge.date, weeks);
        const latestFirstDue = isImprecise(discharge) ? addWeeks(latest(discharge), weeks) : firstDue;
        for (let k = 1; ; k++) {
          const deadline = addMonthsClamped(firstDue, months * k);
          if (episode.endDate <= deadline) break;
          flags.push({
            date: deadline,
            events: [discharge.id],
            orgs: episode.orgs,
            message: `No S117 review is recorded at all since discharge ${onEventDate(discharge)}: the first was due by ${formatLongDate(firstDue)}, and a review was due again by ${formatLongDate(deadline)}.`,
            dependsOn: uncertain(discharge, episode.end, () => addMonthsClamped(latestFirstDue, months * k)),
          });
        }
        continue;
      }
      reviews.forEach((review, i) => {
        const deadline = addMonthsClamped(review.date, months);
        const next = reviews[i + 1];
        if (next ? next.date <= deadline : episode.endDate <= deadline) return;
        flags.push({
          date: deadline,
          events: [review.id],
          orgs: episode.orgs,
          message: next
            ? `More than ${months} months passed between the S117 review of ${describeEventDate(review)} and the next ${onEventDate(next)} (due by ${formatLongDate(deadline)}).`
            : `No S117 review is recorded after ${describeEventDate(review)}; the next was due by ${formatLongDate(deadline)}.`,
          dependsOn: uncertain(review, next ?? episode.end, () => addMonthsClamped(latest(review), months)),
        });
      });
    }
    return flags;
  },
};
