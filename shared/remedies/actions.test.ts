import { describe, expect, it } from 'vitest';
import { ACTION_KIND_LABELS, complianceStatus, computeDeadlines } from './actions';
import { ACTION_KINDS } from '../domain/vocabulary';

describe('computeDeadlines', () => {
  it('counts calendar days, working days, or gives null', () => {
    const deadlines = computeDeadlines(
      [
        { id: 'a1', kind: 'apology', by: ['council'], withinDays: 28 },
        { id: 'a2', kind: 'service_improvement', by: ['council'], withinWorkingDays: 60 },
        { id: 'a3', kind: 'other', by: ['nhs'] },
      ],
      '2022-01-15',
    );
    expect(deadlines).toEqual([
      { action: 'a1', due: '2022-02-12' },
      { action: 'a2', due: '2022-04-08' },
      { action: 'a3', due: null },
    ]);
  });

  it('moves a working-day deadline past the Christmas holidays', () => {
    // From Fri 17 Dec 2021: 20–23 Dec (4), 24 Dec (5); 27, 28 Dec are substitute holidays.
    expect(computeDeadlines([{ id: 'a', kind: 'apology', by: ['x'], withinWorkingDays: 6 }], '2021-12-17')).toEqual([
      { action: 'a', due: '2021-12-29' },
    ]);
  });

  it('has nothing to compute without actions', () => {
    expect(computeDeadlines(undefined, '2022-01-15')).toEqual([]);
  });
});

describe('complianceStatus', () => {
  it.each([
    [{}, '2022-02-12', '2022-01-15', 'due'],
    [{}, '2022-02-12', '2022-01-29', 'due_soon'],
    [{}, '2022-02-12', '2022-01-28', 'due'],
    [{}, '2022-02-12', '2022-02-12', 'due_soon'],
    [{}, '2022-02-12', '2022-02-13', 'overdue'],
    [{ status: 'done' as const }, '2022-02-12', '2022-03-01', 'done'],
    [{ status: 'overdue' as const }, '2022-02-12', '2022-01-01', 'overdue'],
    [{ status: 'due' as const }, null, '2030-01-01', 'due'],
  ])('%j due %s on %s is %s', (action, due, today, status) => {
    expect(complianceStatus(action, due, today)).toBe(status);
  });
});

it('labels every action kind', () => {
  for (const kind of ACTION_KINDS) expect(ACTION_KIND_LABELS[kind]).toMatch(/^[A-Z]/);
});
