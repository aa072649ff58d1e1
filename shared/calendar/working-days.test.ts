import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay } from './working-days';
import { addCalendarDays, addMonthsClamped, daysBetween } from './date-arithmetic';

describe('addWorkingDays', () => {
  it('gives the CASEFILE example: 60 working days after Saturday 15 January 2022 is 8 April 2022', () => {
    expect(addWorkingDays('2022-01-15', 60)).toBe('2022-04-08');
  });

  it('skips Christmas, Boxing Day and New Year on weekdays (2019)', () => {
    // Tue 24 Dec 2019 → Fri 27 (25, 26 holidays) → Mon 30 → Tue 31 → Thu 2 Jan (1 Jan holiday).
    expect(addWorkingDays('2019-12-24', 1)).toBe('2019-12-27');
    expect(addWorkingDays('2019-12-24', 3)).toBe('2019-12-31');
    expect(addWorkingDays('2019-12-24', 4)).toBe('2020-01-02');
  });

  it('skips the substitute days when 25 and 26 December fall at a weekend (2021)', () => {
    // Sat 25 and Sun 26 Dec 2021 → holidays Mon 27 and Tue 28; Fri 24 → next working day Wed 29.
    expect(addWorkingDays('2021-12-24', 1)).toBe('2021-12-29');
    expect(isWorkingDay('2021-12-27')).toBe(false);
    expect(isWorkingDay('2021-12-28')).toBe(false);
    // New Year's Day 2022 was a Saturday → Monday 3 January off.
    expect(addWorkingDays('2021-12-31', 1)).toBe('2022-01-04');
  });

  it('skips Boxing Day moved to Monday when it falls on a Saturday (2020)', () => {
    expect(addWorkingDays('2020-12-24', 1)).toBe('2020-12-29');
  });

  it('skips Christmas on a Sunday: Boxing Day Monday and substitute Tuesday (2022)', () => {
    expect(addWorkingDays('2022-12-23', 1)).toBe('2022-12-28');
  });

  it('skips Good Friday and Easter Monday', () => {
    // Thu 14 Apr 2022 → Tue 19 Apr.
    expect(addWorkingDays('2022-04-14', 1)).toBe('2022-04-19');
    // A year beyond the table: Easter 2030 is 21 April, so Thu 18 → Tue 23.
    expect(addWorkingDays('2030-04-18', 1)).toBe('2030-04-23');
  });

  it('skips the 2022 and 2023 one-off holidays', () => {
    // Platinum Jubilee: Wed 1 June 2022 → Mon 6 June (2nd and 3rd off).
    expect(addWorkingDays('2022-06-01', 1)).toBe('2022-06-06');
    // The state funeral: Fri 16 Sep 2022 → Tue 20 Sep.
    expect(addWorkingDays('2022-09-16', 1)).toBe('2022-09-20');
    // Coronation: Fri 5 May 2023 → Tue 9 May; and the usual late May holiday 29 May 2023 still applies.
    expect(addWorkingDays('2023-05-05', 1)).toBe('2023-05-09');
    expect(addWorkingDays('2023-05-26', 1)).toBe('2023-05-30');
  });

  it('does not count the start date and counts back for negative n', () => {
    expect(addWorkingDays('2022-01-17', 1)).toBe('2022-01-18');
    expect(addWorkingDays('2022-01-17', 0)).toBe('2022-01-17');
    expect(addWorkingDays('2022-01-18', -1)).toBe('2022-01-17');
    expect(addWorkingDays('2022-12-28', -1)).toBe('2022-12-23');
  });

  it('always lands on a working day, later than the start, with n working days between', () => {
    for (let i = 0; i < 400; i += 7) {
      const start = addCalendarDays('2019-11-01', i);
      for (const n of [1, 3, 20, 60]) {
        const due = addWorkingDays(start, n);
        expect(isWorkingDay(due)).toBe(true);
        let count = 0;
        for (let d = addCalendarDays(start, 1); d <= due; d = addCalendarDays(d, 1)) if (isWorkingDay(d)) count += 1;
        expect(count).toBe(n);
      }
    }
  });
});

describe('calendar arithmetic', () => {
  it('adds calendar days across month, year and clock changes', () => {
    expect(addCalendarDays('2022-01-15', 28)).toBe('2022-02-12');
    expect(addCalendarDays('2021-12-31', 1)).toBe('2022-01-01');
    expect(addCalendarDays('2022-03-26', 1)).toBe('2022-03-27');
    expect(addCalendarDays('2022-03-27', 1)).toBe('2022-03-28');
    expect(addCalendarDays('2022-10-30', 1)).toBe('2022-10-31');
  });

  it('clamps months to the month end', () => {
    expect(addMonthsClamped('2021-01-31', 1)).toBe('2021-02-28');
    expect(addMonthsClamped('2020-01-31', 1)).toBe('2020-02-29');
    expect(addMonthsClamped('2020-01-31', 2)).toBe('2020-03-31');
    expect(addMonthsClamped('2020-08-31', 1)).toBe('2020-09-30');
    expect(addMonthsClamped('2019-10-31', 4)).toBe('2020-02-29');
  });

  it('counts whole days between dates', () => {
    expect(daysBetween('2019-04-01', '2022-01-15')).toBe(1020);
    expect(daysBetween('2022-01-15', '2019-04-01')).toBe(-1020);
    expect(daysBetween('2022-03-26', '2022-03-28')).toBe(2);
  });
});
