import { describe, expect, it } from 'vitest';
import { ev, flagsOf, makeCase } from '../test-support';
import { topUpWithoutPreference } from './top-up-without-preference';

const base = [ev('detention', '2020-01-01'), ev('discharge', '2020-02-01')];

describe('TOP-UP-WITHOUT-PREFERENCE', () => {
  it('fires on a top-up the person did not choose', () => {
    const file = makeCase({
      events: [...base, ev('top_up_agreed', '2020-02-05', { amount: 7500, preferredByPerson: false })],
    });
    const flags = flagsOf(topUpWithoutPreference, file, '2020-06-01');
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ severity: 'fault', date: '2020-02-05', events: ['e3'] });
    expect(flags[0]?.message).toContain('£75.00');
  });

  it('is quiet for a top-up for a preferred placement', () => {
    const file = makeCase({ events: [...base, ev('top_up_agreed', '2020-02-05', { preferredByPerson: true })] });
    expect(flagsOf(topUpWithoutPreference, file, '2020-06-01')).toEqual([]);
  });

  it('fires only inside an eligible episode: not before discharge, not without a qualifying detention', () => {
    const beforeDischarge = makeCase({
      events: [
        ev('detention', '2020-01-01'),
        ev('top_up_agreed', '2020-01-20', { preferredByPerson: false }),
        ev('discharge', '2020-02-01'),
      ],
    });
    expect(flagsOf(topUpWithoutPreference, beforeDischarge, '2020-06-01')).toEqual([]);
    const notEligible = makeCase({
      events: [
        ev('detention', '2020-01-01', { section: '2' }),
        ev('discharge', '2020-02-01'),
        ev('top_up_agreed', '2020-03-01', { preferredByPerson: false }),
      ],
    });
    expect(flagsOf(topUpWithoutPreference, notEligible, '2020-06-01')).toEqual([]);
    const onDischargeDay = makeCase({
      events: [
        ev('detention', '2020-01-01'),
        ev('top_up_agreed', '2020-02-01', { preferredByPerson: false }),
        ev('discharge', '2020-02-01'),
      ],
    });
    expect(flagsOf(topUpWithoutPreference, onDischargeDay, '2020-06-01')).toHaveLength(1);
  });
});
