import { describe, expect, it } from 'vitest';
import { ev, flagsOf, makeCase, wellRunEpisode } from '../test-support';
import { notEligible } from './not-eligible';

describe('NOT-ELIGIBLE', () => {
  it('fires on a section 2 detention only, dated at that detention', () => {
    const file = makeCase({ events: [ev('detention', '2020-01-01', { section: '2' }), ev('discharge', '2020-01-20')] });
    const flags = flagsOf(notEligible, file, '2021-01-01');
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ severity: 'info', date: '2020-01-01', events: ['e1'] });
  });

  it('uses the date the complaint was received when no detention is recorded', () => {
    const file = makeCase({ events: [ev('admission', '2020-01-01')], received: '2021-02-03' });
    expect(flagsOf(notEligible, file, '2021-03-01')[0]).toMatchObject({ date: '2021-02-03', events: [] });
  });

  it('is quiet when a section 3 detention is recorded', () => {
    const file = makeCase({ events: wellRunEpisode('2020-01-01') });
    expect(flagsOf(notEligible, file, '2021-01-01')).toEqual([]);
  });
});
