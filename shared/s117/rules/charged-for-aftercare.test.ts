import { describe, expect, it } from 'vitest';
import { ev, flagsOf, makeCase, properEnding } from '../test-support';
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

  it('is quiet before discharge and after aftercare was properly ended', () => {
    const file = makeCase({
      events: [
        ev('detention', '2020-01-01'),
        ev('charge_levied', '2020-01-10'),
        ev('discharge', '2020-02-01'),
        properEnding('2020-03-01'),
        ev('charge_levied', '2020-04-01'),
      ],
      payments: [payment('m1', '2020-05-01', true)],
    });
    expect(flagsOf(chargedForAftercare, file, '2020-06-01')).toEqual([]);
  });

  it('compares charges by date: one on the discharge day listed before it, or on the ending day listed after it, is flagged', () => {
    const file = makeCase({
      events: [
        ev('detention', '2020-01-01'),
        ev('charge_levied', '2020-02-01', { amount: 1000 }),
        ev('discharge', '2020-02-01'),
        properEnding('2020-03-01'),
        ev('charge_levied', '2020-03-01', { amount: 2000 }),
      ],
    });
    expect(flagsOf(chargedForAftercare, file, '2020-06-01').map((f) => f.events)).toEqual([['e2'], ['e5']]);
  });

  it('keeps flagging after an improper ending, which does not end the episode', () => {
    const file = makeCase({
      events: [
        ev('detention', '2020-01-01'),
        ev('discharge', '2020-02-01'),
        properEnding('2020-03-01', { reasons: ['time_elapsed'] }),
        ev('charge_levied', '2020-04-01', { amount: 5000 }),
      ],
      payments: [payment('m1', '2020-05-01', true)],
    });
    const flags = flagsOf(chargedForAftercare, file, '2020-06-01');
    expect(flags.map((f) => [f.date, f.events, f.payments])).toEqual([
      ['2020-04-01', ['e4'], []],
      ['2020-05-01', [], ['m1']],
    ]);
  });

  it('treats a reinstatement after a proper ending as the same episode', () => {
    const file = makeCase({
      events: [
        ev('detention', '2020-01-01'),
        ev('discharge', '2020-02-01'),
        properEnding('2020-03-01'),
        ev('services_started', '2020-04-01'),
        ev('charge_levied', '2020-05-01', { amount: 5000 }),
      ],
    });
    expect(flagsOf(chargedForAftercare, file, '2020-06-01').map((f) => f.events)).toEqual([['e5']]);
  });

  it('is quiet for a Care Act charge for a need unrelated to the mental disorder', () => {
    const file = makeCase({
      events: [
        ...base,
        ev('charge_levied', '2020-03-01', { amount: 5000, meetsMentalHealthNeed: false }),
        ev('charge_levied', '2020-03-02', { amount: 6000, meetsMentalHealthNeed: true }),
      ],
    });
    expect(flagsOf(chargedForAftercare, file, '2020-06-01').map((f) => f.events)).toEqual([['e4']]);
  });

  it('is a concern only when moving an imprecise date within its month could take the charge outside aftercare', () => {
    const month = (date: string) => ev('charge_levied', date, { amount: 5000, precision: 'month' });
    const sameMonth = makeCase({
      events: [ev('detention', '2020-01-01'), ev('discharge', '2020-02-10'), month('2020-02-01')],
    });
    // Written as 1 February, before the discharge: by date it is outside, so nothing fires.
    expect(flagsOf(chargedForAftercare, sameMonth, '2020-06-01')).toEqual([]);
    const straddles = makeCase({
      events: [
        ev('detention', '2020-01-01'),
        ev('discharge', '2020-02-01', { precision: 'month' }),
        month('2020-02-01'),
      ],
    });
    expect(flagsOf(chargedForAftercare, straddles, '2020-06-01')[0]?.severity).toBe('concern');
    const later = makeCase({
      events: [
        ev('detention', '2020-01-01'),
        ev('discharge', '2020-02-01', { precision: 'month' }),
        month('2020-05-01'),
      ],
    });
    const [flag] = flagsOf(chargedForAftercare, later, '2020-06-01');
    expect(flag?.severity).toBe('fault');
    expect(flag?.message).not.toMatch(/imprecise/);
  });
});
