import { describe, expect, it } from 'vitest';
import { ev, flagsOf, makeCase } from '../test-support';
import { carePlanNotExplained } from './care-plan-not-explained';

const base = [ev('detention', '2020-01-01'), ev('discharge', '2020-02-01')];

describe('CARE-PLAN-NOT-EXPLAINED', () => {
  it('fires on a care plan recorded as not saying which services S117 funds', () => {
    const file = makeCase({
      events: [
        ev('detention', '2020-01-01'),
        ev('care_plan_written', '2020-01-20', { explainsFunding: false }),
        ev('discharge', '2020-02-01'),
      ],
    });
    const flags = flagsOf(carePlanNotExplained, file, '2020-06-01');
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      severity: 'concern',
      date: '2020-01-20',
      events: ['e2'],
      orgs: ['council', 'ccg'],
    });
  });

  it('is quiet when the plan explains funding, or the record does not say', () => {
    const file = makeCase({
      events: [
        ...base,
        ev('care_plan_written', '2020-03-01', { explainsFunding: true }),
        ev('care_plan_written', '2020-04-01'),
      ],
    });
    expect(flagsOf(carePlanNotExplained, file, '2020-06-01')).toEqual([]);
  });
});
