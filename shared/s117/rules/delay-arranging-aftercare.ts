// DELAY-ARRANGING-AFTERCARE: aftercare services not in place within the set number of days of discharge.
import { formatLongDate } from '../../dates/calendar-date';
import { addDays } from '../calendar';
import type { Rule } from '../rule-context';
import { onEventDate } from '../rule-context';

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
      const deadline = addDays(discharge.date, days);
      const first = context.eventsBetween('services_started', episode.detentionPos, episode.endPos - 1)[0];
      if (first ? first.date <= deadline : episode.endDate <= deadline) return [];
      return [
        {
          date: deadline,
          events: [discharge.id],
          orgs: episode.orgs,
          message: first
            ? `Aftercare services started ${onEventDate(first)}, more than ${days} days after discharge ${onEventDate(discharge)} (due by ${formatLongDate(deadline)}).`
            : `No aftercare services are recorded as started after discharge ${onEventDate(discharge)}; they were due by ${formatLongDate(deadline)}.`,
          dependsOn: first ? [discharge, first] : [discharge],
        },
      ];
    });
  },
};
