// Bank holidays of England and Wales: a table of the announced ones from 2010 (one-off
// holidays and moved ones included, as published on gov.uk), and the standing rules for
// years outside it (Easter, the May and August Mondays, weekend substitutes).
import { addCalendarDays, dayOfWeek } from './date-arithmetic';
import { easterSunday } from './easter';
import type { CalendarDate } from '../dates/calendar-date';

export interface BankHoliday {
  date: CalendarDate;
  name: string;
}

const NEW_YEAR = "New Year's Day";
const GOOD_FRIDAY = 'Good Friday';
const EASTER_MONDAY = 'Easter Monday';
const EARLY_MAY = 'Early May bank holiday';
const SPRING = 'Spring bank holiday';
const SUMMER = 'Summer bank holiday';
const CHRISTMAS = 'Christmas Day';
const BOXING = 'Boxing Day';
const SUBSTITUTE = ' (substitute day)';

type Row = [string, string];
const year = (y: number, rows: Row[]): BankHoliday[] =>
  rows.map(([monthDay, name]) => ({ date: `${y}-${monthDay}`, name }));

/** As announced; one-offs and moved holidays are why rules alone are not enough. */
export const BANK_HOLIDAY_TABLE: Readonly<Record<number, readonly BankHoliday[]>> = {
  2010: year(2010, [
    ['01-01', NEW_YEAR],
    ['04-02', GOOD_FRIDAY],
    ['04-05', EASTER_MONDAY],
    ['05-03', EARLY_MAY],
    ['05-31', SPRING],
    ['08-30', SUMMER],
    ['12-27', CHRISTMAS + SUBSTITUTE],
    ['12-28', BOXING + SUBSTITUTE],
  ]),
  2011: year(2011, [
    ['01-03', NEW_YEAR + SUBSTITUTE],
    ['04-22', GOOD_FRIDAY],
    ['04-25', EASTER_MONDAY],
    ['04-29', 'Royal wedding bank holiday'],
    ['05-02', EARLY_MAY],
    ['05-30', SPRING],
    ['08-29', SUMMER],
    ['12-26', BOXING],
    ['12-27', CHRISTMAS + SUBSTITUTE],
  ]),
  2012: year(2012, [
    ['01-02', NEW_YEAR + SUBSTITUTE],
    ['04-06', GOOD_FRIDAY],
    ['04-09', EASTER_MONDAY],
    ['05-07', EARLY_MAY],
    ['06-04', SPRING + ' (moved)'],
    ['06-05', 'Queen’s Diamond Jubilee'],
    ['08-27', SUMMER],
    ['12-25', CHRISTMAS],
    ['12-26', BOXING],
  ]),
  2013: year(2013, [
    ['01-01', NEW_YEAR],
    ['03-29', GOOD_FRIDAY],
    ['04-01', EASTER_MONDAY],
    ['05-06', EARLY_MAY],
    ['05-27', SPRING],
    ['08-26', SUMMER],
    ['12-25', CHRISTMAS],
    ['12-26', BOXING],
  ]),
  2014: year(2014, [
    ['01-01', NEW_YEAR],
    ['04-18', GOOD_FRIDAY],
    ['04-21', EASTER_MONDAY],
    ['05-05', EARLY_MAY],
    ['05-26', SPRING],
    ['08-25', SUMMER],
    ['12-25', CHRISTMAS],
    ['12-26', BOXING],
  ]),
  2015: year(2015, [
    ['01-01', NEW_YEAR],
    ['04-03', GOOD_FRIDAY],
    ['04-06', EASTER_MONDAY],
    ['05-04', EARLY_MAY],
    ['05-25', SPRING],
    ['08-31', SUMMER],
    ['12-25', CHRISTMAS],
    ['12-28', BOXING + SUBSTITUTE],
  ]),
  2016: year(2016, [
    ['01-01', NEW_YEAR],
    ['03-25', GOOD_FRIDAY],
    ['03-28', EASTER_MONDAY],
    ['05-02', EARLY_MAY],
    ['05-30', SPRING],
    ['08-29', SUMMER],
    ['12-26', BOXING],
    ['12-27', CHRISTMAS + SUBSTITUTE],
  ]),
  2017: year(2017, [
    ['01-02', NEW_YEAR + SUBSTITUTE],
    ['04-14', GOOD_FRIDAY],
    ['04-17', EASTER_MONDAY],
    ['05-01', EARLY_MAY],
    ['05-29', SPRING],
    ['08-28', SUMMER],
    ['12-25', CHRISTMAS],
    ['12-26', BOXING],
  ]),
  2018: year(2018, [
    ['01-01', NEW_YEAR],
    ['03-30', GOOD_FRIDAY],
    ['04-02', EASTER_MONDAY],
    ['05-07', EARLY_MAY],
    ['05-28', SPRING],
    ['08-27', SUMMER],
    ['12-25', CHRISTMAS],
    ['12-26', BOXING],
  ]),
  2019: year(2019, [
    ['01-01', NEW_YEAR],
    ['04-19', GOOD_FRIDAY],
    ['04-22', EASTER_MONDAY],
    ['05-06', EARLY_MAY],
    ['05-27', SPRING],
    ['08-26', SUMMER],
    ['12-25', CHRISTMAS],
    ['12-26', BOXING],
  ]),
  2020: year(2020, [
    ['01-01', NEW_YEAR],
    ['04-10', GOOD_FRIDAY],
    ['04-13', EASTER_MONDAY],
    ['05-08', EARLY_MAY + ' (VE day, moved)'],
    ['05-25', SPRING],
    ['08-31', SUMMER],
    ['12-25', CHRISTMAS],
    ['12-28', BOXING + SUBSTITUTE],
  ]),
  2021: year(2021, [
    ['01-01', NEW_YEAR],
    ['04-02', GOOD_FRIDAY],
    ['04-05', EASTER_MONDAY],
    ['05-03', EARLY_MAY],
    ['05-31', SPRING],
    ['08-30', SUMMER],
    ['12-27', CHRISTMAS + SUBSTITUTE],
    ['12-28', BOXING + SUBSTITUTE],
  ]),
  2022: year(2022, [
    ['01-03', NEW_YEAR + SUBSTITUTE],
    ['04-15', GOOD_FRIDAY],
    ['04-18', EASTER_MONDAY],
    ['05-02', EARLY_MAY],
    ['06-02', SPRING + ' (moved)'],
    ['06-03', 'Platinum Jubilee bank holiday'],
    ['08-29', SUMMER],
    ['09-19', 'Bank holiday for the State Funeral of Queen Elizabeth II'],
    ['12-26', BOXING],
    ['12-27', CHRISTMAS + SUBSTITUTE],
  ]),
  2023: year(2023, [
    ['01-02', NEW_YEAR + SUBSTITUTE],
    ['04-07', GOOD_FRIDAY],
    ['04-10', EASTER_MONDAY],
    ['05-01', EARLY_MAY],
    ['05-08', 'Bank holiday for the coronation of King Charles III'],
    ['05-29', SPRING],
    ['08-28', SUMMER],
    ['12-25', CHRISTMAS],
    ['12-26', BOXING],
  ]),
  2024: year(2024, [
    ['01-01', NEW_YEAR],
    ['03-29', GOOD_FRIDAY],
    ['04-01', EASTER_MONDAY],
    ['05-06', EARLY_MAY],
    ['05-27', SPRING],
    ['08-26', SUMMER],
    ['12-25', CHRISTMAS],
    ['12-26', BOXING],
  ]),
  2025: year(2025, [
    ['01-01', NEW_YEAR],
    ['04-18', GOOD_FRIDAY],
    ['04-21', EASTER_MONDAY],
    ['05-05', EARLY_MAY],
    ['05-26', SPRING],
    ['08-25', SUMMER],
    ['12-25', CHRISTMAS],
    ['12-26', BOXING],
  ]),
  2026: year(2026, [
    ['01-01', NEW_YEAR],
    ['04-03', GOOD_FRIDAY],
    ['04-06', EASTER_MONDAY],
    ['05-04', EARLY_MAY],
    ['05-25', SPRING],
    ['08-31', SUMMER],
    ['12-25', CHRISTMAS],
    ['12-28', BOXING + SUBSTITUTE],
  ]),
  2027: year(2027, [
    ['01-01', NEW_YEAR],
    ['03-26', GOOD_FRIDAY],
    ['03-29', EASTER_MONDAY],
    ['05-03', EARLY_MAY],
    ['05-31', SPRING],
    ['08-30', SUMMER],
    ['12-27', CHRISTMAS + SUBSTITUTE],
    ['12-28', BOXING + SUBSTITUTE],
  ]),
};

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (y: number, m: number, d: number): CalendarDate => `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;

/** The first Monday of the month, or the last one when `last`. */
function monday(y: number, month: number, last: boolean): CalendarDate {
  if (!last) {
    const first = ymd(y, month, 1);
    return addCalendarDays(first, (8 - dayOfWeek(first)) % 7);
  }
  const end = addCalendarDays(ymd(month === 12 ? y + 1 : y, month === 12 ? 1 : month + 1, 1), -1);
  return addCalendarDays(end, -((dayOfWeek(end) + 6) % 7));
}

/** The standing rules (Banking and Financial Dealings Act 1971 and the usual proclamations). */
export function ruleBankHolidays(y: number): BankHoliday[] {
  const holidays: BankHoliday[] = [];
  const newYear = ymd(y, 1, 1);
  const newYearDay = dayOfWeek(newYear);
  if (newYearDay === 6) holidays.push({ date: ymd(y, 1, 3), name: NEW_YEAR + SUBSTITUTE });
  else if (newYearDay === 0) holidays.push({ date: ymd(y, 1, 2), name: NEW_YEAR + SUBSTITUTE });
  else holidays.push({ date: newYear, name: NEW_YEAR });

  const easter = easterSunday(y);
  holidays.push({ date: addCalendarDays(easter, -2), name: GOOD_FRIDAY });
  holidays.push({ date: addCalendarDays(easter, 1), name: EASTER_MONDAY });
  holidays.push({ date: monday(y, 5, false), name: EARLY_MAY });
  holidays.push({ date: monday(y, 5, true), name: SPRING });
  holidays.push({ date: monday(y, 8, true), name: SUMMER });

  // A Christmas or Boxing Day at a weekend moves to the next weekday not already taken.
  const christmasDay = dayOfWeek(ymd(y, 12, 25));
  if (christmasDay === 6) {
    holidays.push({ date: ymd(y, 12, 27), name: CHRISTMAS + SUBSTITUTE });
    holidays.push({ date: ymd(y, 12, 28), name: BOXING + SUBSTITUTE });
  } else if (christmasDay === 0) {
    holidays.push({ date: ymd(y, 12, 26), name: BOXING });
    holidays.push({ date: ymd(y, 12, 27), name: CHRISTMAS + SUBSTITUTE });
  } else if (christmasDay === 5) {
    holidays.push({ date: ymd(y, 12, 25), name: CHRISTMAS });
    holidays.push({ date: ymd(y, 12, 28), name: BOXING + SUBSTITUTE });
  } else {
    holidays.push({ date: ymd(y, 12, 25), name: CHRISTMAS });
    holidays.push({ date: ymd(y, 12, 26), name: BOXING });
  }
  return holidays;
}

const cache = new Map<number, ReadonlySet<CalendarDate>>();

/** The bank holidays of England and Wales in a year: the table where it has the year, else the rules. */
export function bankHolidaysIn(y: number): readonly BankHoliday[] {
  return BANK_HOLIDAY_TABLE[y] ?? ruleBankHolidays(y);
}

export function isBankHoliday(date: CalendarDate): boolean {
  const y = Number(date.slice(0, 4));
  let dates = cache.get(y);
  if (!dates) {
    dates = new Set(bankHolidaysIn(y).map((h) => h.date));
    cache.set(y, dates);
  }
  return dates.has(date);
}
