// CHARGED-FOR-AFTERCARE: a charge levied, or a payment for a service meeting a mental-health
// need, between discharge and the episode's end. One flag per charge or payment.
import type { CaseFileEvent } from '../../casefile/schema';
import { formatLongDate } from '../../dates/calendar-date';
import { formatPence } from '../format-money';
import { paymentInstalments } from '../payment-instalments';
import type { DraftFlag, Rule } from '../rule-context';
import { mayStraddle, onEventDate } from '../rule-context';

export const chargedForAftercare: Rule = {
  id: 'CHARGED-FOR-AFTERCARE',
  severity: 'fault',
  purpose: 'No charge may be made for S117 aftercare services.',
  citation:
    'Mental Health Act 1983, s117; R v Manchester City Council, ex parte Stennett [2002] UKHL 34: S117 aftercare services are free, whatever the person’s means, and no charge may be made for them.',
  evaluate(context) {
    const flags: DraftFlag[] = [];
    const boundaries = (episode: (typeof context.episodes)[number], date: string): CaseFileEvent[] =>
      [episode.discharge, episode.end].filter((e): e is CaseFileEvent => e !== null && mayStraddle(e, date));
    for (const episode of context.episodes) {
      const discharge = episode.discharge;
      if (!discharge) continue;
      for (const charge of context.eventsBetween('charge_levied', episode.dischargePos + 1, episode.endPos - 1)) {
        const amount = charge.amount !== undefined ? ` of ${formatPence(charge.amount)}` : '';
        const service = charge.service ? ` for ${charge.service}` : '';
        flags.push({
          date: charge.date,
          events: [charge.id],
          orgs: episode.orgs,
          message: `A charge${amount}${service} was levied ${onEventDate(charge)}, while entitled to free S117 aftercare (from discharge ${onEventDate(discharge)}).`,
          dependsOn: [charge, ...boundaries(episode, charge.date)],
        });
      }
    }
    for (const payment of context.file.payments ?? []) {
      if (payment.meetsMentalHealthNeed !== true) continue;
      const dates = paymentInstalments(payment)
        .map((i) => i.date)
        .filter((d) => d <= context.asAt);
      for (const episode of context.episodes) {
        const discharge = episode.discharge;
        if (!discharge) continue;
        const first = dates.find((d) => d >= discharge.date && d <= episode.endDate);
        if (first === undefined) continue;
        const what = payment.for ?? payment.service ?? 'a service';
        const amount = payment.schedule
          ? `${formatPence(payment.schedule.amount)} a ${payment.schedule.every}`
          : formatPence(payment.amount ?? 0);
        flags.push({
          date: first,
          events: [],
          payments: [payment.id],
          orgs: episode.orgs,
          message: `${amount} was paid for ${what} from ${formatLongDate(first)}, a service meeting a mental-health need that should have been free under S117.`,
          dependsOn: boundaries(episode, first),
        });
        break;
      }
    }
    return flags;
  },
};
