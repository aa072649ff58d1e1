import { describe, expect, it } from 'vitest';
import { checkCase } from '../check-case';
import { ev, flagsOf, makeCase, properEnding } from '../test-support';
import { endedWhileInS117Accommodation } from './ended-while-in-s117-accommodation';

const base = [
  ev('detention', '2020-01-01'),
  ev('discharge', '2020-02-01'),
  ev('accommodation_placement', '2020-02-01', { accommodation: 'specialist', meetsMentalHealthNeed: true }),
];

describe('ENDED-WHILE-IN-S117-ACCOMMODATION', () => {
  it('fires when aftercare ends while the person is still in a placement meeting a mental-health need', () => {
    const file = makeCase({ events: [...base, properEnding('2020-06-01')] });
    const flags = flagsOf(endedWhileInS117Accommodation, file, '2020-07-01');
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ severity: 'fault', date: '2020-06-01', events: ['e4'], orgs: ['council', 'ccg'] });
    expect(flags[0]?.message).toMatch(/placement of 1 February 2020 \(specialist\)/);
  });

  it('is quiet when a move to other accommodation is recorded before the ending', () => {
    const file = makeCase({
      events: [
        ...base,
        ev('accommodation_placement', '2020-05-01', { accommodation: 'ordinary', meetsMentalHealthNeed: false }),
        properEnding('2020-06-01'),
      ],
    });
    expect(flagsOf(endedWhileInS117Accommodation, file, '2020-07-01')).toEqual([]);
  });

  it('makes the ending improper, so the episode runs on', () => {
    const file = makeCase({ events: [...base, properEnding('2020-06-01')] });
    expect(checkCase(file, { asAt: '2020-07-01' }).episodes).toEqual([{ detention: 'e1', discharge: 'e2', end: null }]);
  });
});
