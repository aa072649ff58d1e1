import { describe, expect, it } from 'vitest';
import { ev, flagsOf, makeCase, properEnding } from '../test-support';
import { annualReviewMissed } from './annual-review-missed';

const base = [ev('detention', '2020-01-01'), ev('discharge', '2020-01-31'), ev('s117_review', '2020-03-01')];

describe('ANNUAL-REVIEW-MISSED', () => {
  it('fires once per gap longer than 12 months, dated at the earlier review + 12 months', () => {
    const file = makeCase({ events: [...base, ev('s117_review', '2021-05-01')] });
    const flags = flagsOf(annualReviewMissed, file, '2021-06-01');
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ severity: 'fault', date: '2021-03-01', events: ['e3'] });
  });

  it('fires for the gap from the last review to asAt, and again for each later gap', () => {
    const file = makeCase({ events: [...base, ev('s117_review', '2021-05-01')] });
    expect(flagsOf(annualReviewMissed, file, '2023-01-01').map((f) => f.date)).toEqual(['2021-03-01', '2022-05-01']);
  });

  it('clamps to the month end and is quiet for reviews exactly a year apart', () => {
    const file = makeCase({
      events: [
        ev('detention', '2019-01-01'),
        ev('discharge', '2019-01-20'),
        ev('s117_review', '2019-02-28'),
        ev('s117_review', '2020-02-28'),
      ],
    });
    expect(flagsOf(annualReviewMissed, file, '2021-02-28')).toEqual([]);
    expect(flagsOf(annualReviewMissed, file, '2021-03-01')[0]?.date).toBe('2021-02-28');
  });

  it('is quiet when the episode ended within the year', () => {
    const file = makeCase({ events: [...base, ev('detention', '2020-10-01')] });
    expect(flagsOf(annualReviewMissed, file, '2022-01-01')).toEqual([]);
  });

  it('with no S117 review at all, fires once for each whole interval after the first review was due', () => {
    const none = makeCase({ events: [ev('detention', '2020-01-01'), ev('discharge', '2020-01-31')] });
    // First review due 13 March 2020 (six weeks after discharge); then due again each 13 March.
    expect(flagsOf(annualReviewMissed, none, '2021-03-13')).toEqual([]);
    const flags = flagsOf(annualReviewMissed, none, '2022-06-01');
    expect(flags.map((f) => f.date)).toEqual(['2021-03-13', '2022-03-13']);
    expect(flags[0]).toMatchObject({ severity: 'fault', events: ['e2'], orgs: ['council', 'ccg'] });
    expect(flags[0]?.message).toMatch(/No S117 review is recorded at all/);
  });

  it('stops at a proper ending, but not at an improper one', () => {
    const events = [ev('detention', '2020-01-01'), ev('discharge', '2020-01-31'), ev('s117_review', '2020-03-01')];
    const proper = makeCase({ events: [...events, properEnding('2020-12-01')] });
    expect(flagsOf(annualReviewMissed, proper, '2023-01-01')).toEqual([]);
    const improper = makeCase({ events: [...events, properEnding('2020-12-01', { reasons: ['time_elapsed'] })] });
    expect(flagsOf(annualReviewMissed, improper, '2023-01-01').map((f) => f.date)).toEqual(['2021-03-01']);
  });
});
