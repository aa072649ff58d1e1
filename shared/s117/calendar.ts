// Calendar arithmetic for the duty rules: deadlines in days, weeks and calendar months
// (month-end clamped, so 31 Jan + 1 month = 28/29 Feb), on 'YYYY-MM-DD' strings.
import { addDays as addDaysFns, addMonths as addMonthsFns, addWeeks as addWeeksFns } from 'date-fns';
import { fromDate, toDate, type CalendarDate } from '../dates/calendar-date';

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDate(addDaysFns(toDate(date), days));
}

export function addWeeks(date: CalendarDate, weeks: number): CalendarDate {
  return fromDate(addWeeksFns(toDate(date), weeks));
}

export function addMonths(date: CalendarDate, months: number): CalendarDate {
  return fromDate(addMonthsFns(toDate(date), months));
}
