// Expands case-file payments into the dated amounts the calculator works on: a one-off payment
// is itself; a scheduled one is its instalments m2#1, m2#2 … (CASEFILE.md "Remedy output").
import type { CaseFilePayment } from '../casefile/schema';
import type { CalendarDate } from '../dates/calendar-date';
import { addCalendarDays, addMonthsClamped } from '../calendar/date-arithmetic';

export interface Instalment {
  /** The item id: the payment's id, or `id#n` for the nth instalment of a schedule. */
  id: string;
  /** The case-file payment it comes from. */
  payment: string;
  date: CalendarDate;
  amount: number;
  paidBy: string;
}

/** Dates of a schedule: `from`, then every week or calendar month after it while on or before `to`. */
export function scheduleDates(schedule: { from: CalendarDate; to: CalendarDate; every: 'week' | 'month' }): string[] {
  const dates: CalendarDate[] = [];
  for (let k = 0; ; k += 1) {
    // Always step from `from` itself, so 31 Jan → 28 Feb → 31 Mar rather than drifting to the 28th.
    const date = schedule.every === 'week' ? addCalendarDays(schedule.from, 7 * k) : addMonthsClamped(schedule.from, k);
    if (date > schedule.to) return dates;
    dates.push(date);
  }
}

export function expandPayment(payment: CaseFilePayment): Instalment[] {
  const { schedule } = payment;
  if (schedule) {
    return scheduleDates(schedule).map((date, i) => ({
      id: `${payment.id}#${i + 1}`,
      payment: payment.id,
      date,
      amount: schedule.amount,
      paidBy: payment.paidBy,
    }));
  }
  if (payment.date === undefined || payment.amount === undefined) return [];
  return [{ id: payment.id, payment: payment.id, date: payment.date, amount: payment.amount, paidBy: payment.paidBy }];
}

/** Every payment's instalments, in the order the payments stand in the file. */
export function expandPayments(payments: readonly CaseFilePayment[] | undefined): Instalment[] {
  return (payments ?? []).flatMap(expandPayment);
}
