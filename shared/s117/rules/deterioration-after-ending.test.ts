import { describe, expect, it } from 'vitest';
import { ev, flagsOf, makeCase } from '../test-support';
import { deteriorationAfterEnding } from './deterioration-after-ending';

const base = [ev('detention', '2020-01-01'), ev('discharge', '2020-02-01'), ev('s117_ended', '2020-06-01')];

describe('DETERIORATION-AFTER-ENDING', () => {
  it('fires on a deterioration within six months of the ending with nothing reinstated', () => {
    const file = makeCase({ events: [...base, ev('deterioration', '2020-09-01')] });
    const flags = flagsOf(deteriorationAfterEnding, file, '2021-01-01');
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      severity: 'concern',
      date: '2020-09-01',
      events: ['e4'],
      orgs: ['council', 'ccg'],
    });
  });

  it('is quiet when services were reinstated, or the deterioration came later than six months', () => {
    const reinstated = makeCase({
      events: [...base, ev('deterioration', '2020-09-01'), ev('services_started', '2020-10-01')],
    });
    expect(flagsOf(deteriorationAfterEnding, reinstated, '2021-01-01')).toEqual([]);
    const later = makeCase({ events: [...base, ev('deterioration', '2020-12-02')] });
    expect(flagsOf(deteriorationAfterEnding, later, '2021-01-01')).toEqual([]);
  });

  it('counts services restarted on the day of the deterioration, even when listed before it', () => {
    const sameDay = makeCase({
      events: [...base, ev('services_started', '2020-09-01'), ev('deterioration', '2020-09-01')],
    });
    expect(flagsOf(deteriorationAfterEnding, sameDay, '2021-01-01')).toEqual([]);
  });
});
