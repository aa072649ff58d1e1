import { describe, expect, it } from 'vitest';
import { ev, flagsOf, makeCase, wellRunEpisode } from '../test-support';
import { carePlanNotShared } from './care-plan-not-shared';

describe('CARE-PLAN-NOT-SHARED', () => {
  it('fires on a care plan with no copy shared on or after it', () => {
    const events = wellRunEpisode('2020-01-01').filter((e) => e.type !== 'care_plan_shared');
    const flags = flagsOf(carePlanNotShared, makeCase({ events }), '2020-06-01');
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ severity: 'concern', date: '2020-01-21', events: ['e5'] });
  });

  it('fires for a revised plan when only the earlier one was shared', () => {
    const file = makeCase({ events: [...wellRunEpisode('2020-01-01'), ev('care_plan_written', '2020-04-01')] });
    expect(flagsOf(carePlanNotShared, file, '2020-06-01').map((f) => f.date)).toEqual(['2020-04-01']);
  });

  it('is quiet when the plan was shared, including the same day', () => {
    expect(flagsOf(carePlanNotShared, makeCase({ events: wellRunEpisode('2020-01-01') }), '2020-06-01')).toEqual([]);
    const sameDay = makeCase({
      events: [
        ev('detention', '2020-01-01'),
        ev('care_plan_written', '2020-01-10'),
        ev('care_plan_shared', '2020-01-10'),
      ],
    });
    expect(flagsOf(carePlanNotShared, sameDay, '2020-06-01')).toEqual([]);
  });

  it('notes an imprecise date only when the share could have come on or after the plan', () => {
    const plan = ev('care_plan_written', '2020-03-01', { precision: 'month' });
    const early = makeCase({ events: [ev('care_plan_shared', '2020-02-20'), plan] });
    expect(flagsOf(carePlanNotShared, early, '2020-06-01')[0]?.message).not.toMatch(/imprecise/);
    const about = makeCase({
      events: [
        ev('care_plan_shared', '2020-02-20', { precision: 'approximate' }),
        ev('care_plan_written', '2020-03-01'),
      ],
    });
    expect(flagsOf(carePlanNotShared, about, '2020-06-01')[0]?.message).toMatch(/imprecise date/);
  });
});
