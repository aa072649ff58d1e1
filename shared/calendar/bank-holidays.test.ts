import { describe, expect, it } from 'vitest';
import { BANK_HOLIDAY_TABLE, bankHolidaysIn, isBankHoliday, ruleBankHolidays } from './bank-holidays';
import { easterSunday } from './easter';
import { isWeekend } from './date-arithmetic';

/** The one-off and moved holidays: the only places the table may differ from the rules. */
const ONE_OFFS: Record<number, { extra: string[]; moved: Array<[from: string, to: string]> }> = {
  2011: { extra: ['2011-04-29'], moved: [] },
  2012: { extra: ['2012-06-05'], moved: [['2012-05-28', '2012-06-04']] },
  2020: { extra: [], moved: [['2020-05-04', '2020-05-08']] },
  2022: { extra: ['2022-06-03', '2022-09-19'], moved: [['2022-05-30', '2022-06-02']] },
  2023: { extra: ['2023-05-08'], moved: [] },
};

describe('bank holidays of England and Wales', () => {
  it('includes the one-off holidays', () => {
    for (const date of ['2011-04-29', '2012-06-04', '2012-06-05', '2020-05-08', '2022-06-02', '2022-06-03']) {
      expect(isBankHoliday(date), date).toBe(true);
    }
    for (const date of ['2022-09-19', '2023-05-08']) expect(isBankHoliday(date), date).toBe(true);
  });

  it('drops the usual holidays that were moved', () => {
    expect(isBankHoliday('2012-05-28')).toBe(false);
    expect(isBankHoliday('2020-05-04')).toBe(false);
    expect(isBankHoliday('2022-05-30')).toBe(false);
  });

  it('agrees with the standing rules in every table year, apart from the one-offs', () => {
    for (const [yearText, table] of Object.entries(BANK_HOLIDAY_TABLE)) {
      const y = Number(yearText);
      const expected = new Set(ruleBankHolidays(y).map((h) => h.date));
      const oneOff = ONE_OFFS[y];
      for (const [from, to] of oneOff?.moved ?? []) {
        expect(expected.delete(from), `${from} is a rule date`).toBe(true);
        expected.add(to);
      }
      for (const date of oneOff?.extra ?? []) expected.add(date);
      expect(
        table.map((h) => h.date),
        String(y),
      ).toEqual([...expected].sort());
    }
  });

  it('never puts a bank holiday on a weekend and has eight a year without one-offs', () => {
    for (let y = 2000; y <= 2060; y += 1) {
      const holidays = bankHolidaysIn(y);
      for (const h of holidays) expect(isWeekend(h.date), h.date).toBe(false);
      if (!ONE_OFFS[y]) expect(holidays, String(y)).toHaveLength(8);
    }
  });

  it('computes Easter for known years', () => {
    expect(easterSunday(2019)).toBe('2019-04-21');
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2038)).toBe('2038-04-25');
    expect(easterSunday(2285)).toBe('2285-03-22');
  });

  it('moves Christmas at a weekend in years beyond the table', () => {
    // 2032: 25 Dec is a Saturday → Monday 27 and Tuesday 28.
    expect(
      ruleBankHolidays(2032)
        .slice(-2)
        .map((h) => h.date),
    ).toEqual(['2032-12-27', '2032-12-28']);
    // 2033: 25 Dec is a Sunday → Boxing Day Monday 26, Christmas substitute Tuesday 27.
    expect(
      ruleBankHolidays(2033)
        .slice(-2)
        .map((h) => h.date),
    ).toEqual(['2033-12-26', '2033-12-27']);
    // 2037: 25 Dec is a Friday → Boxing Day substitute Monday 28.
    expect(
      ruleBankHolidays(2037)
        .slice(-2)
        .map((h) => h.date),
    ).toEqual(['2037-12-25', '2037-12-28']);
    // 2028: 1 Jan is a Saturday → Monday 3 Jan.
    expect(ruleBankHolidays(2028)[0]?.date).toBe('2028-01-03');
  });
});
