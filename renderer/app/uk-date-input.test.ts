import { describe, expect, it } from 'vitest';
import { parseUkDate } from './UkDateInput';

describe('parseUkDate', () => {
  it('reads DD/MM/YYYY as the day first, and the other ways a date is typed', () => {
    expect(parseUkDate('03/04/2019')).toBe('2019-04-03');
    expect(parseUkDate('3 April 2019')).toBe('2019-04-03');
    expect(parseUkDate('2019-04-03')).toBe('2019-04-03');
  });
  it('refuses what is not one whole real day', () => {
    expect(parseUkDate('31/04/2019')).toBeNull();
    expect(parseUkDate('April 2019')).toBeNull();
    expect(parseUkDate('')).toBeNull();
  });
});
