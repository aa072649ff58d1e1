import { describe, expect, it } from 'vitest';
import { ev, flagsOf, makeCase } from '../test-support';
import { endedOnCto } from './ended-on-cto';

const base = [ev('detention', '2020-01-01'), ev('discharge', '2020-02-01'), ev('cto_start', '2020-02-01')];

describe('ENDED-ON-CTO', () => {
  it('fires when aftercare ends while a CTO is in force', () => {
    const file = makeCase({ events: [...base, ev('s117_ended', '2020-06-01')] });
    const flags = flagsOf(endedOnCto, file, '2020-07-01');
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ severity: 'fault', date: '2020-06-01', events: ['e4'] });
  });

  it('is quiet when the CTO ended first, even on the same day', () => {
    const file = makeCase({ events: [...base, ev('cto_end', '2020-06-01'), ev('s117_ended', '2020-06-01')] });
    expect(flagsOf(endedOnCto, file, '2020-07-01')).toEqual([]);
  });

  it('treats a new section 3 detention as the end of the CTO', () => {
    const file = makeCase({
      events: [...base, ev('detention', '2020-04-01'), ev('discharge', '2020-05-01'), ev('s117_ended', '2020-08-01')],
    });
    expect(flagsOf(endedOnCto, file, '2020-09-01')).toEqual([]);
  });

  it('treats any return to hospital under a section (s2 included) as revoking the CTO', () => {
    const file = makeCase({
      events: [
        ...base,
        ev('detention', '2020-04-01', { section: '2' }),
        ev('discharge', '2020-05-01'),
        ev('s117_ended', '2020-08-01'),
      ],
    });
    expect(flagsOf(endedOnCto, file, '2020-09-01')).toEqual([]);
  });

  it('is a concern only when the CTO, moved within its month, could have begun after the ending', () => {
    const episode = [ev('detention', '2020-01-01'), ev('discharge', '2020-02-01')];
    const sameMonth = makeCase({
      events: [...episode, ev('cto_start', '2020-06-01', { precision: 'month' }), ev('s117_ended', '2020-06-10')],
    });
    expect(flagsOf(endedOnCto, sameMonth, '2020-07-01')[0]?.severity).toBe('concern');
    const monthBefore = makeCase({
      events: [...episode, ev('cto_start', '2020-05-01', { precision: 'month' }), ev('s117_ended', '2020-06-10')],
    });
    expect(flagsOf(endedOnCto, monthBefore, '2020-07-01')[0]?.severity).toBe('fault');
  });
});
