// Calendar-date arithmetic on 'YYYY-MM-DD' strings for deadlines, schedules and the duty rules:
// days, weeks, and calendar months clamped to the month's end (31 Jan + 1 month = 28/29 Feb).
// Plain UTC arithmetic rather than date-fns' parse and format, which were most of the duty
// engine's time; date-arithmetic.test.ts checks every function against date-fns.
import type { CalendarDate } from '../dates/calendar-date';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function utc(year: number, monthIndex: number, day: number): Date {
  const d = new Date(0);
  d.setUTCFullYear(year, monthIndex, day);
  return d;
}

const format = (d: Date): CalendarDate =>
  `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;

const parts = (date: CalendarDate) =>
  [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))] as const;

const atUtc = (date: CalendarDate) => {
  const [y, m, d] = parts(date);
  return utc(y, m - 1, d);
};

export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  const [y, m, d] = parts(date);
  return format(utc(y, m - 1, d + days));
}

export function addWeeks(date: CalendarDate, weeks: number): CalendarDate {
  return addCalendarDays(date, weeks * 7);
}

/**
 * `months` calendar months after `date`, clamped to the end of a shorter month. Always count
 * from the same start (from + k months), never step from a clamped date, or 31 Jan drifts
 * to 28 Mar by way of 28 Feb.
 */
export function addMonthsClamped(date: CalendarDate, months: number): CalendarDate {
  const [y, m, d] = parts(date);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const monthIndex = total - year * 12;
  const lastDay = utc(year, monthIndex + 1, 0).getUTCDate();
  return `${pad(year, 4)}-${pad(monthIndex + 1, 2)}-${pad(Math.min(d, lastDay), 2)}`;
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((atUtc(to).getTime() - atUtc(from).getTime()) / 86_400_000);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: CalendarDate): number {
  return atUtc(date).getUTCDay();
}

export function isWeekend(date: CalendarDate): boolean {
  const day = dayOfWeek(date);
  return day === 0 || day === 6;
}
