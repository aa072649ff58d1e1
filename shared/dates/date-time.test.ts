import { describe, expect, it } from 'vitest';
import { formatDateTime } from './date-time';

describe('formatDateTime', () => {
  it('writes the day in words and the 24-hour time, in London time', () => {
    expect(formatDateTime('2026-12-02T00:04:00.000Z')).toBe('2 December 2026, 00:04');
    expect(formatDateTime('2026-07-01T23:30:00.000Z')).toBe('2 July 2026, 00:30');
  });
  it('leaves text that is not a timestamp as it is', () => {
    expect(formatDateTime('not a date')).toBe('not a date');
  });
});
