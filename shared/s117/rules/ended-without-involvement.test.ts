import { describe, expect, it } from 'vitest';
import { ev, flagsOf, makeCase } from '../test-support';
import { endedWithoutInvolvement } from './ended-without-involvement';

const ended = (extra: Record<string, unknown>) =>
  makeCase({
    events: [ev('detention', '2020-01-01'), ev('discharge', '2020-02-01'), ev('s117_ended', '2020-06-01', extra)],
  });

describe('ENDED-WITHOUT-INVOLVEMENT', () => {
  it('fires as a fault when personInvolved is false', () => {
    const flags = flagsOf(endedWithoutInvolvement, ended({ personInvolved: false }), '2020-07-01');
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ severity: 'fault', date: '2020-06-01', events: ['e3'], orgs: ['council', 'ccg'] });
  });

  it('is a concern when personInvolved is absent', () => {
    expect(flagsOf(endedWithoutInvolvement, ended({}), '2020-07-01')[0]?.severity).toBe('concern');
  });

  it('is quiet when personInvolved is true', () => {
    expect(flagsOf(endedWithoutInvolvement, ended({ personInvolved: true }), '2020-07-01')).toEqual([]);
  });
});
