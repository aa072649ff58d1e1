// ANNUAL-REVIEW-MISSED: a gap longer than the review interval between S117 reviews, or from the
// last review to the episode's end; one flag per gap.
import { formatLongDate } from '../../dates/calendar-date';
import { addMonths } from '../calendar';
import type { DraftFlag, Rule } from '../rule-context';
import { describeEventDate, onEventDate } from '../rule-context';

export const annualReviewMissed: Rule = {
  id: 'ANNUAL-REVIEW-MISSED',
  severity: 'fault',
  purpose: 'After the first review, S117 aftercare should be reviewed at least annually.',
  citation:
    'LGSCO/PHSO Section 117 aftercare guidance (2022), "Care planning": eligibility for Section 117 should be reviewed within six weeks of discharge, then annually thereafter, or sooner if circumstances change; Mental Health Act 1983 Code of Practice (2015), paragraph 34.13.',
  evaluate(context) {
    const months = context.settings.reviewIntervalMonths;
    const flags: DraftFlag[] = [];
    for (const episode of context.episodes) {
      if (!episode.discharge) continue;
      const reviews = context.eventsBetween('s117_review', episode.dischargePos + 1, episode.endPos - 1);
      reviews.forEach((review, i) => {
        const deadline = addMonths(review.date, months);
        const next = reviews[i + 1];
        if (next ? next.date <= deadline : episode.endDate <= deadline) return;
        flags.push({
          date: deadline,
          events: [review.id],
          orgs: episode.orgs,
          message: next
            ? `More than ${months} months passed between the S117 review of ${describeEventDate(review)} and the next ${onEventDate(next)} (due by ${formatLongDate(deadline)}).`
            : `No S117 review is recorded after ${describeEventDate(review)}; the next was due by ${formatLongDate(deadline)}.`,
          dependsOn: next ? [review, next] : episode.end ? [review, episode.end] : [review],
        });
      });
    }
    return flags;
  },
};
