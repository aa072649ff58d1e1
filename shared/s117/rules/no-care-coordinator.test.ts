import { describe, expect, it } from 'vitest';
import { ev, flagsOf, makeCase, wellRunEpisode } from '../test-support';
import { noCareCoordinator } from './no-care-coordinator';

const without = (type: string) => wellRunEpisode('2020-01-01').filter((e) => e.type !== type);

describe('NO-CARE-COORDINATOR', () => {
  it('fires at discharge when nothing of the kind is recorded before it', () => {
    const file = makeCase({ events: without('care_coordinator_allocated') });
    const flags = flagsOf(noCareCoordinator, file, '2020-06-01');
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ severity: 'concern', date: '2020-01-31', orgs: ['council', 'ccg'] });
    expect(file.events.find((e) => e.id === flags[0]!.events[0])?.type).toBe('discharge');
  });

  it('fires when it happened only after discharge', () => {
    const file = makeCase({
      events: [...without('care_coordinator_allocated'), ev('care_coordinator_allocated', '2020-02-10')],
    });
    expect(flagsOf(noCareCoordinator, file, '2020-06-01')).toHaveLength(1);
  });

  it('counts one on the day of discharge, and is quiet when it happened during the detention', () => {
    expect(flagsOf(noCareCoordinator, makeCase({ events: wellRunEpisode('2020-01-01') }), '2020-06-01')).toEqual([]);
    const onTheDay = makeCase({
      events: [...without('care_coordinator_allocated'), ev('care_coordinator_allocated', '2020-01-31')],
    });
    expect(flagsOf(noCareCoordinator, onTheDay, '2020-06-01')).toEqual([]);
  });

  it('is lowered to a concern that says so when the discharge date is only a month', () => {
    const events = without('care_coordinator_allocated').map((e) =>
      e.type === 'discharge' ? { ...e, precision: 'month' } : e,
    );
    const flags = flagsOf(noCareCoordinator, makeCase({ events }), '2020-06-01');
    expect(flags[0]?.message).toMatch(/imprecise date/);
  });
});
