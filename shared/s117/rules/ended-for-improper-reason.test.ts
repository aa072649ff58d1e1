import { describe, expect, it } from 'vitest';
import { ev, flagsOf, makeCase } from '../test-support';
import { endedForImproperReason } from './ended-for-improper-reason';

const ended = (extra: Record<string, unknown>) =>
  makeCase({
    events: [ev('detention', '2020-01-01'), ev('discharge', '2020-02-01'), ev('s117_ended', '2020-06-01', extra)],
  });

describe('ENDED-FOR-IMPROPER-REASON', () => {
  it('fires when aftercare was ended because the person moved area', () => {
    const flags = flagsOf(endedForImproperReason, ended({ reasons: ['moved_area'] }), '2020-07-01');
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ severity: 'fault', date: '2020-06-01', events: ['e3'] });
    expect(flags[0]?.message).toMatch(/moved to another area/);
  });

  it('is quiet when the bodies also found aftercare no longer needed', () => {
    expect(
      flagsOf(endedForImproperReason, ended({ reasons: ['moved_area', 'no_longer_needed'] }), '2020-07-01'),
    ).toEqual([]);
  });

  it('is a concern when no reason is recorded', () => {
    expect(flagsOf(endedForImproperReason, ended({}), '2020-07-01')[0]?.severity).toBe('concern');
  });
});
