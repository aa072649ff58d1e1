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

  it('notes an imprecise date only when moving it could bring one inside the stay', () => {
    // Discharge "February 2020" (written 1 February), the event written 10 February: it could be on or before the discharge.
    const inMonth = [
      ...without('care_coordinator_allocated').filter((e) => e.type !== 'discharge'),
      ev('discharge', '2020-02-01', { precision: 'month' }),
      ev('care_coordinator_allocated', '2020-02-10'),
    ];
    expect(flagsOf(noCareCoordinator, makeCase({ events: inMonth }), '2020-06-01')[0]?.message).toMatch(
      /imprecise date/,
    );
    // None recorded at all: no date, however moved, would stop it, so no note.
    const none = without('care_coordinator_allocated').map((e) =>
      e.type === 'discharge' ? { ...e, precision: 'month' } : e,
    );
    const [flag] = flagsOf(noCareCoordinator, makeCase({ events: none }), '2020-06-01');
    expect(flag?.message).not.toMatch(/imprecise/);
  });

  it('counts one done earlier in the same hospital stay, before the section 3 (informal admission, then section 2)', () => {
    const stay = (before: ReturnType<typeof ev>[]) =>
      makeCase({
        events: [...before, ev('care_coordinator_allocated', '2019-12-10'), ...without('care_coordinator_allocated')],
      });
    const informal = stay([ev('admission', '2019-12-01'), ev('detention', '2019-12-05', { section: '2' })]);
    expect(flagsOf(noCareCoordinator, informal, '2020-06-01')).toEqual([]);
    const section2 = stay([ev('detention', '2019-12-05', { section: '2' })]);
    expect(flagsOf(noCareCoordinator, section2, '2020-06-01')).toEqual([]);
    // A discharge in between: that was an earlier stay, and it does not count.
    const earlierStay = stay([ev('admission', '2019-12-01'), ev('discharge', '2019-12-20')]);
    expect(flagsOf(noCareCoordinator, earlierStay, '2020-06-01')).toHaveLength(1);
  });
});
