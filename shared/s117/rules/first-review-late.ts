// FIRST-REVIEW-LATE: no S117 review within the set number of weeks of discharge (a CPA review does not count).
// Reviews are found by date: on or after the discharge day, up to the episode's end.
import { formatLongDate } from '../../dates/calendar-date';
import { addWeeks } from '../../calendar/date-arithmetic';
import type { Rule } from '../rule-context';
import { earliest, isImprecise, latest, onEventDate } from '../rule-context';

export const firstReviewLate: Rule = {
  id: 'FIRST-REVIEW-LATE',
  severity: 'fault',
  purpose: 'S117 aftercare and eligibility should be reviewed within six weeks of discharge.',
  citation:
    'LGSCO/PHSO Section 117 aftercare guidance (2022), "Care planning": eligibility for Section 117 should be reviewed within six weeks of discharge from in-patient services, then annually, or sooner if circumstances change; a CPA review that does not consider S117 is not enough.',
  evaluate(context) {
    const weeks = context.settings.firstReviewWeeks;
    return context.episodes.flatMap((episode) => {
      const discharge = episode.discharge;
      if (!discharge) return [];
      const deadline = addWeeks(discharge.date, weeks);
      const first = context.eventsDated('s117_review', discharge.date, episode.endDate)[0];
      if (first ? first.date <= deadline : episode.endDate <= deadline) return [];
      const cpa = context.eventsDated('cpa_review', discharge.date, episode.endDate)[0];
      // Could the imprecise dates be such that the review (or the episode's end) came in time?
      const boundary = first ?? episode.end;
      const couldStop =
        boundary !== null &&
        (isImprecise(discharge) || isImprecise(boundary)) &&
        earliest(boundary) <= addWeeks(latest(discharge), weeks);
      const cpaNote =
        cpa && cpa.date <= deadline ? ' A CPA review took place, but it did not review S117 aftercare.' : '';
      return [
        {
          date: deadline,
          events: [discharge.id],
          orgs: episode.orgs,
          message:
            (first
              ? `The first S117 review was ${onEventDate(first)}, later than ${weeks} weeks after discharge ${onEventDate(discharge)} (due by ${formatLongDate(deadline)}).`
              : `No S117 review is recorded within ${weeks} weeks of discharge ${onEventDate(discharge)} (due by ${formatLongDate(deadline)}).`) +
            cpaNote,
          dependsOn: couldStop ? [discharge, boundary] : [],
        },
      ];
    });
  },
};
