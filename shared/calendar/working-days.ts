// Working days in England and Wales (no weekends, no bank holidays), for deadlines set in
// working days: "within 60 working days" is the 60th working day after the start date.
import { addCalendarDays, isWeekend } from './date-arithmetic';
import { isBankHoliday } from './bank-holidays';
import type { CalendarDate } from '../dates/calendar-date';

export function isWorkingDay(date: CalendarDate): boolean {
  return !isWeekend(date) && !isBankHoliday(date);
}

/**
 * The Nth working day after `date` (before it when n is negative); `date` itself never counts,
 * whether or not it is a working day. n = 0 gives `date` back.
 */
export function addWorkingDays(date: CalendarDate, n: number): CalendarDate {
  if (!Number.isInteger(n)) throw new RangeError('a whole number of working days');
  const step = n < 0 ? -1 : 1;
  let current = date;
  for (let left = Math.abs(n); left > 0;) {
    current = addCalendarDays(current, step);
    if (isWorkingDay(current)) left -= 1;
  }
  return current;
}
