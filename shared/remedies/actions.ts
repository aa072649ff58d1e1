// Agreed actions: their labels, their due dates (calendar or working days from the final
// decision), and whether each is due, due soon, overdue or done on a given day.
import type { CaseFileAction } from '../casefile/schema';
import type { CalendarDate } from '../dates/calendar-date';
import type { ActionKind } from '../domain/vocabulary';
import { addCalendarDays, daysBetween } from '../calendar/date-arithmetic';
import { addWorkingDays } from '../calendar/working-days';

export const ACTION_KIND_LABELS: Record<ActionKind, string> = {
  apology: 'Apology',
  payment: 'Payment',
  service_improvement: 'Service improvement',
  reassessment: 'Reassessment',
  other: 'Other action',
};

/** How close to its due date an action counts as "due soon". */
export const DUE_SOON_DAYS = 14;

export type ComplianceStatus = 'due' | 'due_soon' | 'overdue' | 'done';

/** When one action is due, counted from `from`; null when it has no period. */
export function actionDueDate(
  action: Pick<CaseFileAction, 'withinDays' | 'withinWorkingDays'>,
  from: CalendarDate,
): CalendarDate | null {
  if (action.withinDays !== undefined) return addCalendarDays(from, action.withinDays);
  if (action.withinWorkingDays !== undefined) return addWorkingDays(from, action.withinWorkingDays);
  return null;
}

/** Each action's due date, in the order given (the `deadlines` of the remedy output). */
export function computeDeadlines(
  actions: readonly CaseFileAction[] | undefined,
  from: CalendarDate,
): Array<{ action: string; due: CalendarDate | null }> {
  return (actions ?? []).map((action) => ({ action: action.id, due: actionDueDate(action, from) }));
}

/**
 * Where an action stands on `today`. A recorded `done` or `overdue` stands as recorded; otherwise
 * the due date decides: after it, overdue; within 14 days of it (the day itself included), due soon.
 */
export function complianceStatus(
  action: Pick<CaseFileAction, 'status'>,
  due: CalendarDate | null,
  today: CalendarDate,
): ComplianceStatus {
  if (action.status === 'done') return 'done';
  if (action.status === 'overdue') return 'overdue';
  if (due === null) return 'due';
  if (today > due) return 'overdue';
  return daysBetween(today, due) <= DUE_SOON_DAYS ? 'due_soon' : 'due';
}
