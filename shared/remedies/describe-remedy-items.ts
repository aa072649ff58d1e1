// Remedy items in words for the audit log and the history: "a distress payment of £500.00 from
// Anytown Borough Council to Ms Sarah Jones", "Apology by … within 28 days".
import type { CaseDetail } from '../domain/case';
import type {
  CaseFileAction,
  CaseFileOffset,
  CaseFilePayment,
  CaseFileRemedyPayment,
} from '../casefile/schema';
import { ACTION_KIND_LABELS } from './actions';
import { OFFSET_KIND_LABELS, SYMBOLIC_PAYMENT_KIND_LABELS } from './remedy-labels';
import { formatPence } from '../money';
import { formatBasisPoints, percentToBasisPoints } from '../money/interest';
import { formatLongDate } from '../dates/calendar-date';

export const personName = (c: CaseDetail, id: string) => {
  const p = c.people.find((x) => x.id === id);
  return p ? (p.title ? `${p.title} ${p.name}` : p.name) : id;
};
export const orgName = (c: CaseDetail, id: string) => c.organisations.find((o) => o.id === id)?.name ?? id;

export function inWords(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

const article = (word: string) => (/^[aeiou]/i.test(word) ? 'an' : 'a');

export function describePayment(c: CaseDetail, p: CaseFilePayment): string {
  const what = p.for ?? p.service;
  const forWhat = what ? ` for ${what}` : '';
  if (p.schedule)
    return (
      `payments of ${formatPence(p.schedule.amount)} a ${p.schedule.every} from ${formatLongDate(p.schedule.from)} ` +
      `to ${formatLongDate(p.schedule.to)} made by ${personName(c, p.paidBy)}${forWhat}`
    );
  return `a payment of ${formatPence(p.amount ?? 0)} made by ${personName(c, p.paidBy)} on ${formatLongDate(p.date ?? '')}${forWhat}`;
}

export function describeOffset(payments: readonly CaseFilePayment[], o: CaseFileOffset): string {
  const against = o.against.map((id) => {
    const p = payments.find((x) => x.id === id);
    const what = p?.for ?? p?.service;
    return what ? `${id} (${what})` : id;
  });
  return `${formatPence(o.amount)} ${OFFSET_KIND_LABELS[o.kind]}${o.date ? ` on ${formatLongDate(o.date)}` : ''} against ${inWords(against)}`;
}

export function symbolicAmount(p: CaseFileRemedyPayment): number {
  return p.amount ?? (p.perMonth ?? 0) * (p.months ?? 0);
}

/** "a distress payment of £500.00 from Anytown Borough Council to Ms Sarah Jones". */
export function describeSymbolicPayment(c: CaseDetail, p: CaseFileRemedyPayment): string {
  const kind = SYMBOLIC_PAYMENT_KIND_LABELS[p.kind].toLowerCase();
  const monthly =
    p.perMonth !== undefined && p.months !== undefined
      ? ` (${formatPence(p.perMonth)} a month for ${p.months} month${p.months === 1 ? '' : 's'})`
      : '';
  return `${article(kind)} ${kind} payment of ${formatPence(symbolicAmount(p))}${monthly} from ${orgName(c, p.by)} to ${personName(c, p.to)}`;
}

/** "Apology by Anytown Borough Council and NHS Anytown ICB within 28 days". */
export function describeAction(c: CaseDetail, a: CaseFileAction): string {
  const period =
    a.withinDays !== undefined
      ? ` within ${a.withinDays} day${a.withinDays === 1 ? '' : 's'}`
      : a.withinWorkingDays !== undefined
        ? ` within ${a.withinWorkingDays} working day${a.withinWorkingDays === 1 ? '' : 's'}`
        : '';
  const text = a.text?.trim() ? `: ${a.text.trim()}` : '';
  return `${ACTION_KIND_LABELS[a.kind]}${text}, by ${inWords(a.by.map((o) => orgName(c, o)))}${period}`;
}

export function describeRate(percent: number | undefined): string {
  if (!percent) return 'no interest';
  const bp = percentToBasisPoints(percent);
  return `interest at ${bp.ok ? formatBasisPoints(bp.basisPoints) : `${percent}%`} a year simple`;
}
