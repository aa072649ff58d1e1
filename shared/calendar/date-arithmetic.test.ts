import {
  addDays as fnsAddDays,
  addMonths as fnsAddMonths,
  addWeeks as fnsAddWeeks,
  differenceInCalendarDays,
  getDay,
} from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDate, toDate } from '../dates/calendar-date';
import {
  addCalendarDays as addDays,
  addMonthsClamped as addMonths,
  addWeeks,
  dayOfWeek,
  daysBetween,
} from './date-arithmetic';

const dates = fc
  .date({ min: new Date(1900, 0, 1), max: new Date(2100, 11, 31), noInvalidDate: true })
  .map((d) => fromDate(d));

describe('calendar arithmetic', () => {
  it('clamps to the month end and crosses leap days', () => {
    expect(addMonths('2020-01-31', 1)).toBe('2020-02-29');
    expect(addMonths('2021-01-31', 1)).toBe('2021-02-28');
    expect(addMonths('2020-03-31', -1)).toBe('2020-02-29');
    expect(addMonths('2019-12-15', 14)).toBe('2021-02-15');
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addDays('2020-03-01', -1)).toBe('2020-02-29');
    expect(addWeeks('2019-12-25', 1)).toBe('2020-01-01');
  });

  it('agrees with date-fns for any date and offset', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: -800, max: 800 }), (date, n) => {
        expect(addDays(date, n)).toBe(fromDate(fnsAddDays(toDate(date), n)));
        expect(addWeeks(date, n)).toBe(fromDate(fnsAddWeeks(toDate(date), n)));
        expect(addMonths(date, n)).toBe(fromDate(fnsAddMonths(toDate(date), n)));
        const other = fromDate(fnsAddDays(toDate(date), n));
        expect(daysBetween(date, other)).toBe(differenceInCalendarDays(toDate(other), toDate(date)));
        expect(dayOfWeek(date)).toBe(getDay(toDate(date)));
      }),
      { numRuns: 2000 },
    );
  });
});
