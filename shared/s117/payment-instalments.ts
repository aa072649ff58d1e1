// A payment as dated amounts: a one-off payment is one instalment; a scheduled one is an
// instalment on `from`, then every week or calendar month after `from` (month-end clamped from
// `from`, not from the previous instalment) while on or before `to` (CASEFILE.md "Payments").
import type { CaseFilePayment } from '../casefile/schema';
import { addMonths, addWeeks } from './calendar';

export interface Instalment {
  /** `m2#1`, `m2#2`… for a schedule; the payment's own id for a one-off payment. */
  id: string;
  date: string;
  amount: number;
}

export function paymentInstalments(payment: CaseFilePayment): Instalment[] {
  const schedule = payment.schedule;
  if (!schedule) return [{ id: payment.id, date: payment.date ?? '', amount: payment.amount ?? 0 }];
  const out: Instalment[] = [];
  for (let k = 0; ; k++) {
    const date = schedule.every === 'week' ? addWeeks(schedule.from, k) : addMonths(schedule.from, k);
    if (date > schedule.to) break;
    out.push({ id: `${payment.id}#${k + 1}`, date, amount: schedule.amount });
  }
  return out;
}
