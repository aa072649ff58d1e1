import { describe, expect, it } from 'vitest';
import { ev, flagsOf, makeCase } from '../test-support';
import { phbRequestNotDecided } from './phb-request-not-decided';

const base = [ev('detention', '2020-01-01'), ev('discharge', '2020-02-01')];

describe('PHB-REQUEST-NOT-DECIDED', () => {
  it('fires on a request with no later decision, naming only the NHS body', () => {
    const file = makeCase({ events: [...base, ev('phb_requested', '2020-03-01')] });
    const flags = flagsOf(phbRequestNotDecided, file, '2020-06-01');
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ severity: 'concern', date: '2020-03-01', orgs: ['ccg'] });
  });

  it('is quiet once a decision follows the request', () => {
    const file = makeCase({ events: [...base, ev('phb_requested', '2020-03-01'), ev('phb_decision', '2020-04-01')] });
    expect(flagsOf(phbRequestNotDecided, file, '2020-06-01')).toEqual([]);
  });

  it('fires only for requests from 2 December 2019, when the legal right began', () => {
    const early = [ev('detention', '2019-01-01'), ev('discharge', '2019-02-01')];
    expect(
      flagsOf(phbRequestNotDecided, makeCase({ events: [...early, ev('phb_requested', '2019-12-01')] }), '2020-06-01'),
    ).toEqual([]);
    expect(
      flagsOf(phbRequestNotDecided, makeCase({ events: [...early, ev('phb_requested', '2019-12-02')] }), '2020-06-01'),
    ).toHaveLength(1);
  });

  it('counts a decision on the day of the request even when listed before it', () => {
    const file = makeCase({ events: [...base, ev('phb_decision', '2020-03-01'), ev('phb_requested', '2020-03-01')] });
    expect(flagsOf(phbRequestNotDecided, file, '2020-06-01')).toEqual([]);
  });
});
