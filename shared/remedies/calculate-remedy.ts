// The remedy calculator (CASEFILE.md "Remedy output"): financial loss from the payments inside
// the loss windows, net of offsets, with simple interest; its split between organisations;
// symbolic payments; who pays and receives what; and when each agreed action is due. Pure.
import type { CaseFile } from '../casefile/schema';
import { isCalendarDate, type CalendarDate } from '../dates/calendar-date';
import { daysBetween } from '../calendar/date-arithmetic';
import { apportionByLargestRemainder } from '../money/apportion';
import { formatPence } from '../money/format-money';
import { percentToBasisPoints, simpleInterest } from '../money/interest';
import { sumPence } from '../money/sum-pence';
import { computeDeadlines } from './actions';
import { expandPayments } from './instalments';
import { lossExclusion } from './loss-window';
import { applyOffsets, type OffsetTarget } from './offsets';
import type { RemedyExplanation, RemedyResult } from './remedy-result';
import type { LossItem, LossWindows, RemedyOutput } from './remedy-output';

export interface RemedyOptions {
  /** The date interest runs to and, without a final decision date, deadlines run from. */
  asAt: CalendarDate;
  /** From the duty engine (shared/s117): where paid-for services count as loss. */
  lossWindows: LossWindows;
}

/** A map that remembers first-insertion order and leaves out anyone owed or owing nothing. */
class Tally {
  private readonly amounts = new Map<string, number>();
  add(key: string, amount: number): void {
    if (amount === 0) return;
    this.amounts.set(key, sumPence([this.amounts.get(key) ?? 0, amount]));
  }
  toRecord(): Record<string, number> {
    return Object.fromEntries(this.amounts);
  }
}

const invalid = (message: string): RemedyResult => ({ ok: false, code: 'invalid_input', message });

export function calculateRemedy(file: CaseFile, options: RemedyOptions): RemedyResult {
  const { asAt, lossWindows } = options;
  if (!isCalendarDate(asAt)) return invalid(`asAt: not a date (expected YYYY-MM-DD): ${String(asAt)}`);
  const remedy = file.remedy;

  const rate = percentToBasisPoints(remedy?.interestRatePercent ?? 0);
  if (!rate.ok) return invalid(`remedy.interestRatePercent: ${rate.reason}`);
  const basisPoints = rate.basisPoints;

  // Financial loss: payments and instalments meeting a mental health need, inside a loss window.
  const meetsNeed = new Map((file.payments ?? []).map((p) => [p.id, p.meetsMentalHealthNeed]));
  const lossTargets: Array<OffsetTarget & { paidBy: string }> = [];
  const excluded: RemedyExplanation['excluded'] = [];
  for (const instalment of expandPayments(file.payments)) {
    const reason = lossExclusion(instalment.date, meetsNeed.get(instalment.payment), lossWindows);
    if (reason === null) lossTargets.push({ ...instalment, gross: instalment.amount });
    else
      excluded.push({
        item: instalment.id,
        payment: instalment.payment,
        date: instalment.date,
        amount: instalment.amount,
        reason,
      });
  }

  const offsets = applyOffsets(lossTargets, file.offsets);
  const items: LossItem[] = lossTargets.map((target) => {
    const offset = offsets.byItem.get(target.id) ?? 0;
    const net = target.gross - offset;
    const days = Math.max(0, daysBetween(target.date, asAt));
    const interest = basisPoints > 0 ? simpleInterest(net, basisPoints, days) : 0;
    return { payment: target.id, gross: target.gross, offset, net, days, interest };
  });
  const net = sumPence(items.map((i) => i.net));
  const interest = sumPence(items.map((i) => i.interest));
  const financialLoss: RemedyOutput['financialLoss'] = {
    items,
    gross: sumPence(items.map((i) => i.gross)),
    offsets: sumPence(items.map((i) => i.offset)),
    net,
    interest,
    total: sumPence([net, interest]),
  };

  // The loss total is split once between organisations, so the parts add up to it exactly.
  const shares = remedy?.apportionment ?? [];
  if (financialLoss.total > 0 && shares.length === 0) {
    return {
      ok: false,
      code: 'apportionment_needed',
      message:
        `apportionment needed: the financial loss of ${formatPence(financialLoss.total)} must be split ` +
        'between the organisations (remedy.apportionment, whole percents adding up to 100)',
    };
  }
  if (
    shares.length > 0 &&
    (shares.some((s) => !Number.isInteger(s.percent) || s.percent < 0) ||
      sumPence(shares.map((s) => s.percent)) !== 100)
  )
    return invalid('remedy.apportionment: percentages must be whole numbers adding up to 100');
  const parts = shares.length > 0 ? apportionByLargestRemainder(financialLoss.total, shares) : [];
  const apportionment = shares.map((s, i) => ({ org: s.org, percent: s.percent, amount: parts[i] ?? 0 }));

  const byOrganisation = new Tally();
  const byRecipient = new Tally();
  for (const part of apportionment) byOrganisation.add(part.org, part.amount);
  lossTargets.forEach((target, i) => {
    const item = items[i];
    if (item) byRecipient.add(target.paidBy, sumPence([item.net, item.interest]));
  });

  const payments: RemedyOutput['payments'] = [];
  for (const [index, p] of (remedy?.payments ?? []).entries()) {
    const amount = p.amount ?? (p.perMonth !== undefined && p.months !== undefined ? p.perMonth * p.months : undefined);
    if (amount === undefined || !Number.isSafeInteger(amount) || amount < 0)
      return invalid(`remedy.payments[${index}]: needs an amount, or perMonth and months`);
    payments.push({ id: p.id, kind: p.kind, to: p.to, by: p.by, amount });
    byOrganisation.add(p.by, amount);
    byRecipient.add(p.to, amount);
  }

  const deadlinesFrom = file.case.finalDecisionDate ?? asAt;
  const output: RemedyOutput = {
    financialLoss,
    byOrganisation: byOrganisation.toRecord(),
    byRecipient: byRecipient.toRecord(),
    payments,
    total: sumPence([financialLoss.total, ...payments.map((p) => p.amount)]),
    deadlines: computeDeadlines(remedy?.actions, deadlinesFrom),
  };
  const explanation: RemedyExplanation = {
    asAt,
    deadlinesFrom,
    interestBasisPoints: basisPoints,
    items: lossTargets.map((t) => ({ item: t.id, payment: t.payment, date: t.date, paidBy: t.paidBy })),
    excluded,
    offsets: offsets.allocations,
    apportionment,
  };
  return { ok: true, output, explanation };
}
