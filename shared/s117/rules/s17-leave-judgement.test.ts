import { describe, expect, it } from 'vitest';
import { ev, flagsOf, makeCase, wellRunEpisode } from '../test-support';
import { s17LeaveJudgement } from './s17-leave-judgement';

describe('S17-LEAVE-JUDGEMENT', () => {
  it('fires on section 17 leave during a section 3 detention', () => {
    const file = makeCase({
      events: [ev('detention', '2020-01-01'), ev('s17_leave_start', '2020-01-15'), ev('discharge', '2020-02-01')],
    });
    const flags = flagsOf(s17LeaveJudgement, file, '2020-03-01');
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      severity: 'concern',
      date: '2020-01-15',
      events: ['e2'],
      orgs: ['council', 'ccg'],
    });
  });

  it('is quiet for leave under a section 2 detention and when there is no leave', () => {
    const s2 = makeCase({
      events: [ev('detention', '2020-01-01', { section: '2' }), ev('s17_leave_start', '2020-01-10')],
    });
    expect(flagsOf(s17LeaveJudgement, s2, '2020-03-01')).toEqual([]);
    expect(flagsOf(s17LeaveJudgement, makeCase({ events: wellRunEpisode('2020-01-01') }), '2020-06-01')).toEqual([]);
  });

  it('compares by date: leave on the discharge day counts even when listed after the discharge; later leave does not', () => {
    const file = makeCase({
      events: [
        ev('detention', '2020-01-01'),
        ev('discharge', '2020-02-01'),
        ev('s17_leave_start', '2020-02-01'),
        ev('s17_leave_start', '2020-02-02'),
      ],
    });
    expect(flagsOf(s17LeaveJudgement, file, '2020-03-01').map((f) => f.events)).toEqual([['e3']]);
  });
});
