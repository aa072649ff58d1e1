import { describe, expect, it } from 'vitest';
import { ev, flagsOf, makeCase } from '../test-support';
import { responsibilityUndetermined } from './responsibility-undetermined';

describe('RESPONSIBILITY-UNDETERMINED', () => {
  it('fires at the detention when the council is not recorded, saying what is missing', () => {
    const file = makeCase({
      events: [
        ev('detention', '2019-01-10', { residence: { ordinaryResidenceCommissioner: 'ccg' } }),
        ev('discharge', '2019-03-01'),
      ],
    });
    const flags = flagsOf(responsibilityUndetermined, file, '2019-06-01');
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ severity: 'concern', date: '2019-01-10', events: ['e1'], orgs: ['ccg'] });
    expect(flags[0]?.message).toMatch(/residence\.council/);
  });

  it('fires for a detention before April 2013, when a PCT was responsible', () => {
    const file = makeCase({ events: [ev('detention', '2012-05-01'), ev('discharge', '2012-07-01')] });
    const flags = flagsOf(responsibilityUndetermined, file, '2013-01-01');
    expect(flags[0]?.message).toMatch(/primary care trust/);
    expect(flags[0]?.orgs).toEqual(['council']);
  });

  it('is quiet when the facts name both bodies', () => {
    const file = makeCase({ events: [ev('detention', '2019-01-10'), ev('discharge', '2019-03-01')] });
    expect(flagsOf(responsibilityUndetermined, file, '2019-06-01')).toEqual([]);
  });
});
