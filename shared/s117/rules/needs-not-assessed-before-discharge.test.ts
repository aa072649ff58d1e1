import { describe, expect, it } from 'vitest';
import { ev, flagsOf, makeCase, wellRunEpisode } from '../test-support';
import { needsNotAssessedBeforeDischarge } from './needs-not-assessed-before-discharge';

const without = (type: string) => wellRunEpisode('2020-01-01').filter((e) => e.type !== type);

describe('NEEDS-NOT-ASSESSED-BEFORE-DISCHARGE', () => {
  it('fires at discharge when nothing of the kind is recorded before it', () => {
    const file = makeCase({ events: without('needs_assessment') });
    const flags = flagsOf(needsNotAssessedBeforeDischarge, file, '2020-06-01');
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ severity: 'concern', date: '2020-01-31', orgs: ['council', 'ccg'] });
    expect(file.events.find((e) => e.id === flags[0]!.events[0])?.type).toBe('discharge');
  });

  it('fires when it happened only after discharge', () => {
    const file = makeCase({ events: [...without('needs_assessment'), ev('needs_assessment', '2020-02-10')] });
    expect(flagsOf(needsNotAssessedBeforeDischarge, file, '2020-06-01')).toHaveLength(1);
  });

  it('counts one on the day of discharge, and is quiet when it happened during the detention', () => {
    expect(
      flagsOf(needsNotAssessedBeforeDischarge, makeCase({ events: wellRunEpisode('2020-01-01') }), '2020-06-01'),
    ).toEqual([]);
    const onTheDay = makeCase({ events: [...without('needs_assessment'), ev('needs_assessment', '2020-01-31')] });
    expect(flagsOf(needsNotAssessedBeforeDischarge, onTheDay, '2020-06-01')).toEqual([]);
  });

  it('is lowered to a concern that says so when the discharge date is only a month', () => {
    const events = without('needs_assessment').map((e) => (e.type === 'discharge' ? { ...e, precision: 'month' } : e));
    const flags = flagsOf(needsNotAssessedBeforeDischarge, makeCase({ events }), '2020-06-01');
    expect(flags[0]?.message).toMatch(/imprecise date/);
  });
});
