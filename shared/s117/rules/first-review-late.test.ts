import { describe, expect, it } from 'vitest';
import { ev, flagsOf, makeCase } from '../test-support';
import { firstReviewLate } from './first-review-late';

const base = [ev('detention', '2020-01-01'), ev('discharge', '2020-02-01')];

describe('FIRST-REVIEW-LATE', () => {
  it('fires when the first S117 review is after six weeks, dated at discharge + 6 weeks', () => {
    const file = makeCase({ events: [...base, ev('s117_review', '2020-03-20')] });
    const flags = flagsOf(firstReviewLate, file, '2020-06-01');
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ severity: 'fault', date: '2020-03-14', events: ['e2'], orgs: ['council', 'ccg'] });
  });

  it('does not count a CPA review, and says so', () => {
    const file = makeCase({ events: [...base, ev('cpa_review', '2020-03-01')] });
    const flags = flagsOf(firstReviewLate, file, '2020-06-01');
    expect(flags).toHaveLength(1);
    expect(flags[0]?.message).toMatch(/CPA review/);
  });

  it('waits until asAt is past the deadline', () => {
    const file = makeCase({ events: base });
    expect(flagsOf(firstReviewLate, file, '2020-03-14')).toEqual([]);
    expect(flagsOf(firstReviewLate, file, '2020-03-15')).toHaveLength(1);
  });

  it('is quiet for a review on the deadline and for an episode that ended before it', () => {
    expect(
      flagsOf(firstReviewLate, makeCase({ events: [...base, ev('s117_review', '2020-03-14')] }), '2021-01-01'),
    ).toEqual([]);
    const readmitted = makeCase({ events: [...base, ev('detention', '2020-02-20')] });
    expect(flagsOf(firstReviewLate, readmitted, '2020-06-01')).toEqual([]);
  });

  it('lowers the fault to a concern only when the discharge, moved within its month, could make the review on time', () => {
    const month = [ev('detention', '2020-01-01'), ev('discharge', '2020-02-01', { precision: 'month' })];
    // Due by 14 March if discharged on 1 February, by 11 April if on 29 February: a review on 5 April may be in time.
    const [lowered] = flagsOf(
      firstReviewLate,
      makeCase({ events: [...month, ev('s117_review', '2020-04-05')] }),
      '2020-06-01',
    );
    expect(lowered?.severity).toBe('concern');
    expect(lowered?.message).toMatch(/February 2020/);
    expect(lowered?.message).toMatch(/imprecise date/);
    // No review at all by June: late wherever in February the discharge fell.
    const [settled] = flagsOf(firstReviewLate, makeCase({ events: month }), '2020-06-01');
    expect(settled?.severity).toBe('fault');
    expect(settled?.message).not.toMatch(/imprecise/);
  });

  it('counts a review on the discharge day even when it is listed before the discharge', () => {
    const file = makeCase({
      events: [ev('detention', '2020-01-01'), ev('s117_review', '2020-02-01'), ev('discharge', '2020-02-01')],
    });
    expect(flagsOf(firstReviewLate, file, '2020-06-01')).toEqual([]);
  });
});
