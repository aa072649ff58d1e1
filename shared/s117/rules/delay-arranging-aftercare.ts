// DELAY-ARRANGING-AFTERCARE: aftercare services not in place within the set number of days of
// discharge. A placement in accommodation that meets a mental-health need counts as services
// starting (CASEFILE.md 1.1).
import type { CaseFileEvent } from '../../casefile/schema';
import { formatLongDate } from '../../dates/calendar-date';
import { addCalendarDays } from '../../calendar/date-arithmetic';
import type { Rule } from '../rule-context';
import { earliest, isImprecise, latest, onEventDate } from '../rule-context';

export const delayArrangingAftercare: Rule = {
  id: 'DELAY-ARRANGING-AFTERCARE',
  severity: 'fault',
  purpose: 'Aftercare services should be in place promptly after discharge.',
  citation:
    'Mental Health Act 1983, s117(2): the duty is to provide aftercare until the person no longer needs it; LGSCO/PHSO Section 117 aftercare guidance (2022), key messages: councils and CCGs must not delay arranging Section 117 aftercare.',
  evaluate(context) {
    const days = context.settings.servicesDelayDays;
    return context.episodes.flatMap((episode) => {
      const discharge = episode.discharge;
      if (!discharge) return [];
      const deadline = addCalendarDays(discharge.date, days);
      const starts: CaseFileEvent[] = [
        ...context.eventsDated('services_started', episode.detention.date, episode.endDate),
        ...context
          .eventsDated('accommodation_placement', episode.detention.date, episode.endDate)
          .filter((p) => p.meetsMentalHealthNeed === true),
      ];
      const first = starts.reduce<CaseFileEvent | undefined>((a, b) => (a && a.date <= b.date ? a : b), undefined);
      if (first ? first.date <= deadline : episode.endDate <= deadline) return [];
      // Could the imprecise dates be such that services started in time?
      const boundary = first ?? episode.end;
      const couldStop =
        boundary !== null &&
        (isImprecise(discharge) || isImprecise(boundary)) &&
        earliest(boundary) <= addCalendarDays(latest(discharge), days);
      const what =
        first?.type === 'accommodation_placement' ? 'An aftercare placement began' : 'Aftercare services started';
      return [
        {
          date: deadline,
          events: [discharge.id],
          orgs: episode.orgs,
          message: first
            ? `${what} ${onEventDate(first)}, more than ${days} days after discharge ${onEventDate(discharge)} (due by ${formatLongDate(deadline)}).`
            : `No aftercare services are recorded as started after discharge ${onEventDate(discharge)}; they were due by ${formatLongDate(deadline)}.`,
          dependsOn: couldStop ? [discharge, boundary] : [],
        },
      ];
    });
  },
};
