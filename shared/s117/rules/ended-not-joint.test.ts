import { describe, expect, it } from 'vitest';
import { ev, flagsOf, makeCase } from '../test-support';
import { endedNotJoint } from './ended-not-joint';

const base = [ev('detention', '2020-01-01'), ev('discharge', '2020-02-01')];
const ended = (decidedBy?: string[]) =>
  makeCase({ events: [...base, ev('s117_ended', '2020-06-01', decidedBy ? { decidedBy } : {})] });

describe('ENDED-NOT-JOINT', () => {
  it('fires as a fault when the NHS body took no part', () => {
    const flags = flagsOf(endedNotJoint, ended(['council']), '2020-07-01');
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ severity: 'fault', date: '2020-06-01', events: ['e3'] });
    expect(flags[0]?.message).toContain('NHS Anytown CCG');
  });

  it('is a concern when the record does not say who decided', () => {
    expect(flagsOf(endedNotJoint, ended(), '2020-07-01')[0]?.severity).toBe('concern');
  });

  it('is quiet for a joint decision', () => {
    expect(flagsOf(endedNotJoint, ended(['council', 'ccg']), '2020-07-01')).toEqual([]);
  });

  it('judges by kind of body when the responsible bodies are unknown', () => {
    const events = [ev('detention', '2020-01-01', { residence: {} }), ev('discharge', '2020-02-01')];
    const joint = makeCase({
      events: [...events, ev('s117_ended', '2020-06-01', { decidedBy: ['council2', 'icb2'] })],
    });
    expect(flagsOf(endedNotJoint, joint, '2020-07-01')).toEqual([]);
    const alone = makeCase({ events: [...events, ev('s117_ended', '2020-06-01', { decidedBy: ['council2'] })] });
    expect(flagsOf(endedNotJoint, alone, '2020-07-01')).toHaveLength(1);
  });
});
