import { describe, expect, it } from 'vitest';
import { ev, flagsOf, makeCase } from '../test-support';
import { chargedForAftercare } from './charged-for-aftercare';

const base = [ev('detention', '2020-01-01'), ev('discharge', '2020-02-01')];
const payment = (id: string, date: string, meets: boolean) => ({
  id,
  date,
  amount: 10000,
  paidBy: 'p1',
  for: 'support worker',
  meetsMentalHealthNeed: meets,
});

describe('CHARGED-FOR-AFTERCARE', () => {
  it('fires for a charge levied after discharge', () => {
    const file = makeCase({
      events: [...base, ev('charge_levied', '2020-03-01', { amount: 5000, service: 'day centre' })],
    });
    const flags = flagsOf(chargedForAftercare, file, '2020-06-01');
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ severity: 'fault', date: '2020-03-01', events: ['e3'], payments: [] });
    expect(flags[0]?.message).toContain('£50.00');
  });

  it('fires once for each payment meeting a mental-health need, naming the payment', () => {
    const file = makeCase({
      events: base,
      payments: [
        payment('m1', '2020-02-01', true),
        payment('m2', '2020-04-01', true),
        payment('m3', '2020-04-01', false),
      ],
    });
    const flags = flagsOf(chargedForAftercare, file, '2020-06-01');
    expect(flags.map((f) => f.payments)).toEqual([['m1'], ['m2']]);
    expect(flags[0]?.events).toEqual([]);
  });

  it('dates a scheduled payment at its first instalment inside the episode', () => {
    const file = makeCase({
      events: base,
      payments: [
        {
          id: 'm1',
          paidBy: 'p1',
          meetsMentalHealthNeed: true,
          schedule: { from: '2020-01-06', to: '2020-03-30', every: 'week', amount: 25600 },
        },
      ],
    });
    expect(flagsOf(chargedForAftercare, file, '2020-06-01')[0]?.date).toBe('2020-02-03');
  });

  it('is quiet before discharge and after aftercare ended', () => {
    const file = makeCase({
      events: [
        ev('detention', '2020-01-01'),
        ev('charge_levied', '2020-01-10'),
        ev('discharge', '2020-02-01'),
        ev('s117_ended', '2020-03-01', { reasons: ['no_longer_needed'] }),
        ev('charge_levied', '2020-04-01'),
      ],
      payments: [payment('m1', '2020-05-01', true)],
    });
    expect(flagsOf(chargedForAftercare, file, '2020-06-01')).toEqual([]);
  });
});
