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

  it('counts a placement in accommodation meeting a mental-health need as services starting', () => {
    const placed = makeCase({
      events: [
        ...base,
        ev('accommodation_placement', '2020-02-10', { accommodation: 'care_home', meetsMentalHealthNeed: true }),
      ],
    });
    expect(flagsOf(delayArrangingAftercare, placed, '2020-06-01')).toEqual([]);
    const ordinary = makeCase({
      events: [
        ...base,
        ev('accommodation_placement', '2020-02-10', { accommodation: 'ordinary', meetsMentalHealthNeed: false }),
      ],
    });
    expect(flagsOf(delayArrangingAftercare, ordinary, '2020-06-01')).toHaveLength(1);
  });

  it('is a concern only when the imprecise dates could put the start in time', () => {
    const monthDischarge = [ev('detention', '2020-01-01'), ev('discharge', '2020-02-01', { precision: 'month' })];
    // Due by 29 February if discharged on 1 February, by 28 March if on 29 February.
    const [maybe] = flagsOf(
      delayArrangingAftercare,
      makeCase({ events: [...monthDischarge, ev('services_started', '2020-03-20')] }),
      '2020-06-01',
    );
    expect(maybe?.severity).toBe('concern');
    const [late] = flagsOf(
      delayArrangingAftercare,
      makeCase({ events: [...monthDischarge, ev('services_started', '2020-05-01')] }),
      '2020-06-01',
    );
    expect(late?.severity).toBe('fault');
    expect(late?.message).not.toMatch(/imprecise/);
  });
});
