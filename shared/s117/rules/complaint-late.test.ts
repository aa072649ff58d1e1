import { describe, expect, it } from 'vitest';
import { ev, flagsOf, makeCase } from '../test-support';
import { complaintLate } from './complaint-late';

const base = [ev('detention', '2019-01-10'), ev('discharge', '2019-03-01'), ev('complaint_to_org', '2019-06-01')];

describe('COMPLAINT-LATE', () => {
  it('fires when the complaint reached the Ombudsman more than 12 months after the complaint to the body', () => {
    const file = makeCase({ events: [...base, ev('complaint_to_ombudsman', '2020-06-02')] });
    const flags = flagsOf(complaintLate, file, '2021-01-01');
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ severity: 'info', date: '2020-06-02', events: ['e4'] });
  });

  it('uses the date received when no complaint to the Ombudsman is recorded', () => {
    const file = makeCase({ events: base, received: '2020-09-01' });
    expect(flagsOf(complaintLate, file, '2021-01-01')[0]).toMatchObject({ date: '2020-09-01', events: [] });
  });

  it('is quiet within 12 months, and without a complaint to the body', () => {
    expect(
      flagsOf(complaintLate, makeCase({ events: [...base, ev('complaint_to_ombudsman', '2020-06-01')] }), '2021-01-01'),
    ).toEqual([]);
    expect(
      flagsOf(complaintLate, makeCase({ events: base.slice(0, 2), received: '2025-01-01' }), '2025-02-01'),
    ).toEqual([]);
  });
});
