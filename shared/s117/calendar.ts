// Calendar arithmetic for the duty rules: deadlines in days, weeks and calendar months
// (month-end clamped, so 31 Jan + 1 month = 28/29 Feb), on 'YYYY-MM-DD' strings. Plain UTC
// arithmetic rather than date-fns: the engine does this thousands of times per check, and
// date-fns' parse and format were most of its time (calendar.test.ts checks it against date-fns).
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

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const [y, m, d] = parts(date);
  return format(utc(y, m - 1, d + days));
}

export function addWeeks(date: CalendarDate, weeks: number): CalendarDate {
  return addDays(date, weeks * 7);
}

export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const [y, m, d] = parts(date);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const monthIndex = total - year * 12;
  const lastDay = utc(year, monthIndex + 1, 0).getUTCDate();
  return `${pad(year, 4)}-${pad(monthIndex + 1, 2)}-${pad(Math.min(d, lastDay), 2)}`;
}
