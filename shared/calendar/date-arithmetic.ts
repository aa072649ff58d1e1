// Calendar-date arithmetic on 'YYYY-MM-DD' strings for deadlines and schedules: days, and
// calendar months clamped to the month's end (31 Jan + 1 month = 28/29 Feb).
import { addDays, addMonths, differenceInCalendarDays, getDay } from 'date-fns';
import { fromDate, toDate, type CalendarDate } from '../dates/calendar-date';

export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  return fromDate(addDays(toDate(date), days));
}

/**
 * `months` calendar months after `date`, clamped to the end of a shorter month. Always count
 * from the same start (from + k months), never step from a clamped date, or 31 Jan drifts
 * to 28 Mar by way of 28 Feb.
 */
export function addMonthsClamped(date: CalendarDate, months: number): CalendarDate {
  return fromDate(addMonths(toDate(date), months));
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return differenceInCalendarDays(toDate(to), toDate(from));
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: CalendarDate): number {
  return getDay(toDate(date));
}

export function isWeekend(date: CalendarDate): boolean {
  const day = dayOfWeek(date);
  return day === 0 || day === 6;
}
