// CHARGED-FOR-AFTERCARE: a charge levied for a service meeting a mental-health need, or a payment
// for one, dated between discharge and the episode's end (both days included; CASEFILE.md 1.1:
// windows are by date, never by place in the file). One flag per charge or payment. A charge with
// `meetsMentalHealthNeed: false` is a lawful Care Act charge for an unrelated need.
import type { CaseFileEvent } from '../../casefile/schema';
import { formatLongDate } from '../../dates/calendar-date';
import { formatPence } from '../../money/format-money';
import { expandPayment } from '../../remedies/instalments';
import type { DraftFlag, EpisodeView, Rule } from '../rule-context';
import { earliest, latest, onEventDate } from '../rule-context';

/** The boundaries whose imprecise dates, or the charge's own, could put `first..last` outside the episode. */
function uncertainty(episode: EpisodeView, discharge: CaseFileEvent, charge: CaseFileEvent | null, date: string) {
  const first = charge ? earliest(charge) : date;
  const last = charge ? latest(charge) : date;
  const out: CaseFileEvent[] = [];
  if (first < latest(discharge)) out.push(discharge);
  if (episode.end && last > earliest(episode.end)) out.push(episode.end);
  return out.length > 0 && charge ? [charge, ...out] : out;
}

export const chargedForAftercare: Rule = {
  id: 'CHARGED-FOR-AFTERCARE',
  severity: 'fault',
  purpose: 'No charge may be made for S117 aftercare services.',
  citation:
    'Mental Health Act 1983, s117; R v Manchester City Council, ex parte Stennett [2002] UKHL 34: S117 aftercare services are free, whatever the person’s means, and no charge may be made for them.',
  evaluate(context) {
    const flags: DraftFlag[] = [];
    const seen = new Set<string>();
    for (const episode of context.episodes) {
      const discharge = episode.discharge;
      if (!discharge) continue;
      for (const charge of context.eventsDated('charge_levied', discharge.date, episode.endDate)) {
        if (charge.meetsMentalHealthNeed === false || seen.has(charge.id)) continue;
        seen.add(charge.id);
        const amount = charge.amount !== undefined ? ` of ${formatPence(charge.amount)}` : '';
        const service = charge.service ? ` for ${charge.service}` : '';
        flags.push({
          date: charge.date,
          events: [charge.id],
          orgs: episode.orgs,
          message: `A charge${amount}${service} was levied ${onEventDate(charge)}, while entitled to free S117 aftercare (from discharge ${onEventDate(discharge)}).`,
          dependsOn: uncertainty(episode, discharge, charge, charge.date),
        });
      }
    }
    for (const payment of context.file.payments ?? []) {
      if (payment.meetsMentalHealthNeed !== true) continue;
      const dates = expandPayment(payment)
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
          dependsOn: uncertainty(episode, discharge, null, first),
        });
        break;
      }
    }
    return flags;
  },
};
