import { describe, expect, it } from 'vitest';
import { lossWindows } from './loss-windows';
import { ev, makeCase } from './test-support';

const proper = {
  decidedBy: ['council', 'ccg'],
  personInvolved: true,
  reassessed: true,
  recorded: true,
  reasons: ['no_longer_needed'],
};

describe('lossWindows', () => {
  it('runs from discharge to a proper ending', () => {
    const file = makeCase({
      events: [ev('detention', '2019-01-10'), ev('discharge', '2019-03-01'), ev('s117_ended', '2020-03-01', proper)],
    });
    expect(lossWindows(file, '2022-01-01')).toEqual({
      entitlementFrom: '2019-03-01',
      windows: [{ from: '2019-03-01', to: '2020-03-01' }],
    });
  });

  it('ignores an improper ending: the window runs on to asAt', () => {
    const improper = { ...proper, reasons: ['moved_area'] };
    const file = makeCase({
      events: [ev('detention', '2019-01-10'), ev('discharge', '2019-03-01'), ev('s117_ended', '2020-03-01', improper)],
    });
    expect(lossWindows(file, '2022-01-01').windows).toEqual([{ from: '2019-03-01', to: '2022-01-01' }]);
  });

  it('treats an ending whose fields are not recorded as not proper', () => {
    const file = makeCase({
      events: [ev('detention', '2019-01-10'), ev('discharge', '2019-03-01'), ev('s117_ended', '2020-03-01')],
    });
    expect(lossWindows(file, '2022-01-01').windows[0]?.to).toBe('2022-01-01');
  });

  it('gives one window per discharged episode, each ending at the next detention', () => {
    const file = makeCase({
      events: [
        ev('detention', '2019-01-10'),
        ev('discharge', '2019-03-01'),
        ev('detention', '2019-09-01'),
        ev('discharge', '2019-10-01'),
      ],
    });
    expect(lossWindows(file, '2020-01-01').windows).toEqual([
      { from: '2019-03-01', to: '2019-09-01' },
      { from: '2019-10-01', to: '2020-01-01' },
    ]);
  });

  it('has no entitlement and no windows when not eligible', () => {
    const file = makeCase({ events: [ev('detention', '2019-01-10', { section: '2' }), ev('discharge', '2019-02-01')] });
    expect(lossWindows(file, '2020-01-01')).toEqual({ entitlementFrom: null, windows: [] });
  });

  it('follows the check’s episodes: a reinstatement continues the window, and an ending in S117 accommodation is not proper', () => {
    const reinstated = makeCase({
      events: [
        ev('detention', '2019-01-10'),
        ev('discharge', '2019-03-01'),
        ev('s117_ended', '2020-03-01', proper),
        ev('services_started', '2020-06-01'),
        ev('s117_ended', '2021-03-01', proper),
      ],
    });
    expect(lossWindows(reinstated, '2022-01-01').windows).toEqual([{ from: '2019-03-01', to: '2021-03-01' }]);
    const placed = makeCase({
      events: [
        ev('detention', '2019-01-10'),
        ev('discharge', '2019-03-01'),
        ev('accommodation_placement', '2019-03-01', { accommodation: 'care_home', meetsMentalHealthNeed: true }),
        ev('s117_ended', '2020-03-01', proper),
      ],
    });
    expect(lossWindows(placed, '2022-01-01').windows).toEqual([{ from: '2019-03-01', to: '2022-01-01' }]);
  });
});
