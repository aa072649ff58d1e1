import { describe, expect, it } from 'vitest';
import { ev, flagsOf, makeCase } from '../test-support';
import { delayArrangingAftercare } from './delay-arranging-aftercare';

const base = [ev('detention', '2020-01-01'), ev('discharge', '2020-02-01')];

describe('DELAY-ARRANGING-AFTERCARE', () => {
  it('fires when services start more than 28 days after discharge, dated at discharge + 28 days', () => {
    const file = makeCase({ events: [...base, ev('services_started', '2020-03-01')] });
    const flags = flagsOf(delayArrangingAftercare, file, '2020-06-01');
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ severity: 'fault', date: '2020-02-29', events: ['e2'] });
  });

  it('fires with no services once asAt is past the deadline, not before', () => {
    const file = makeCase({ events: base });
    expect(flagsOf(delayArrangingAftercare, file, '2020-02-29')).toEqual([]);
    expect(flagsOf(delayArrangingAftercare, file, '2020-03-01')).toHaveLength(1);
  });

  it('is quiet when services start on the last allowed day, and follows the case setting', () => {
    const onTime = makeCase({ events: [...base, ev('services_started', '2020-02-29')] });
    expect(flagsOf(delayArrangingAftercare, onTime, '2020-06-01')).toEqual([]);
    const strict = makeCase({
      events: [...base, ev('services_started', '2020-02-29')],
      settings: { servicesDelayDays: 7 },
    });
    expect(flagsOf(delayArrangingAftercare, strict, '2020-06-01')[0]?.date).toBe('2020-02-08');
  });
});
