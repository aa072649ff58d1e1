import { describe, expect, it } from 'vitest';
import { ev, flagsOf, makeCase } from '../test-support';
import { dischargeDelayedByDispute } from './discharge-delayed-by-dispute';

const dispute = (date: string, extra: Record<string, unknown> = {}) =>
  ev('funding_dispute', date, { orgs: ['council', 'ccg'], ...extra });

describe('DISCHARGE-DELAYED-BY-DISPUTE', () => {
  it('fires on a dispute about who pays between a qualifying detention and its discharge, naming the disputing bodies', () => {
    const file = makeCase({
      events: [
        ev('detention', '2020-01-01'),
        dispute('2020-02-01', { to: '2020-04-01' }),
        ev('discharge', '2020-04-10'),
      ],
    });
    const flags = flagsOf(dischargeDelayedByDispute, file, '2020-06-01');
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ severity: 'fault', date: '2020-02-01', events: ['e2'], orgs: ['council', 'ccg'] });
    expect(flags[0]?.message).toMatch(/Anytown Borough Council and NHS Anytown CCG disputed who should pay/);
    expect(flags[0]?.message).toMatch(/settled on 1 April 2020/);
  });

  it('fires while still detained only when the dispute is unsettled at asAt', () => {
    const open = makeCase({ events: [ev('detention', '2020-01-01'), dispute('2020-02-01')] });
    expect(flagsOf(dischargeDelayedByDispute, open, '2020-06-01')[0]?.message).toMatch(/no discharge by 1 June 2020/);
    const settled = makeCase({ events: [ev('detention', '2020-01-01'), dispute('2020-02-01', { to: '2020-03-01' })] });
    expect(flagsOf(dischargeDelayedByDispute, settled, '2020-06-01')).toEqual([]);
  });

  it('is quiet for a dispute after discharge or under a non-qualifying section', () => {
    const after = makeCase({
      events: [ev('detention', '2020-01-01'), ev('discharge', '2020-02-01'), dispute('2020-03-01')],
    });
    expect(flagsOf(dischargeDelayedByDispute, after, '2020-06-01')).toEqual([]);
    const s2 = makeCase({
      events: [ev('detention', '2020-01-01', { section: '2' }), dispute('2020-01-10'), ev('discharge', '2020-02-01')],
    });
    expect(flagsOf(dischargeDelayedByDispute, s2, '2020-06-01')).toEqual([]);
  });

  it('falls back to the responsible bodies when the record does not say who disputed', () => {
    const file = makeCase({
      events: [ev('detention', '2020-01-01'), ev('funding_dispute', '2020-02-01'), ev('discharge', '2020-04-10')],
    });
    expect(flagsOf(dischargeDelayedByDispute, file, '2020-06-01')[0]?.orgs).toEqual(['council', 'ccg']);
  });
});
