import { describe, expect, it } from 'vitest';
import { ev, flagsOf, makeCase, properEnding } from '../test-support';
import { noReviewAfterDeterioration } from './no-review-after-deterioration';

const base = [ev('detention', '2020-01-01'), ev('discharge', '2020-02-01')];

describe('NO-REVIEW-AFTER-DETERIORATION', () => {
  it('fires six weeks after a deterioration during aftercare with no S117 review, once asAt is past it', () => {
    const file = makeCase({ events: [...base, ev('deterioration', '2020-05-01')] });
    expect(flagsOf(noReviewAfterDeterioration, file, '2020-06-12')).toEqual([]);
    const flags = flagsOf(noReviewAfterDeterioration, file, '2020-06-13');
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      severity: 'concern',
      date: '2020-06-12',
      events: ['e3'],
      orgs: ['council', 'ccg'],
    });
  });

  it('is quiet when an S117 review follows within six weeks (a CPA review does not count)', () => {
    const reviewed = makeCase({
      events: [...base, ev('deterioration', '2020-05-01'), ev('s117_review', '2020-06-12')],
    });
    expect(flagsOf(noReviewAfterDeterioration, reviewed, '2020-09-01')).toEqual([]);
    const cpa = makeCase({ events: [...base, ev('deterioration', '2020-05-01'), ev('cpa_review', '2020-05-20')] });
    expect(flagsOf(noReviewAfterDeterioration, cpa, '2020-09-01')).toHaveLength(1);
  });

  it('is quiet before discharge and after a proper ending', () => {
    const detained = makeCase({
      events: [ev('detention', '2020-01-01'), ev('deterioration', '2020-01-10'), ev('discharge', '2020-02-01')],
    });
    expect(flagsOf(noReviewAfterDeterioration, detained, '2020-09-01')).toEqual([]);
    const ended = makeCase({ events: [...base, properEnding('2020-04-01'), ev('deterioration', '2020-05-01')] });
    expect(flagsOf(noReviewAfterDeterioration, ended, '2020-09-01')).toEqual([]);
  });
});
