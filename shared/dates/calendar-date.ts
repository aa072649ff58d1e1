// Calendar dates as `YYYY-MM-DD` strings: validation and the few conversions the domain needs.
// Arithmetic goes through date-fns on local-midnight Date objects, never through timestamps.
import { isValid, parse, format } from 'date-fns';

export type CalendarDate = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True when `value` is a real calendar date written `YYYY-MM-DD` (so 2023-02-30 is not). */
export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  const d = parse(value, 'yyyy-MM-dd', new Date(2000, 0, 1));
  return isValid(d) && format(d, 'yyyy-MM-dd') === value;
}

/** Local-midnight Date for a calendar date; only for handing to date-fns. */
export function toDate(value: CalendarDate): Date {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

export function fromDate(date: Date): CalendarDate {
  return format(date, 'yyyy-MM-dd');
}

/** Today in Europe/London, as a calendar date. */
export function todayInLondon(now: Date = new Date()): CalendarDate {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** "04/03/2021" — the UK short form used in tables. */
export function formatUkDate(value: CalendarDate): string {
  const [y, m, d] = value.split('-');
  return `${d}/${m}/${y}`;
}

/** "4 March 2021" — the long form used in letters. */
export function formatLongDate(value: CalendarDate): string {
  return format(toDate(value), 'd MMMM yyyy');
}
