// Words and colours for remedy states: compliance badges and why a payment is not financial loss.
import type { ComplianceStatus } from '../../../shared/remedies';
import { formatLongDate } from '../../../shared/dates/calendar-date';

export const COMPLIANCE_LABELS: Record<ComplianceStatus, string> = {
  due: 'Due',
  due_soon: 'Due soon',
  overdue: 'Overdue',
  done: 'Done',
};

export const COMPLIANCE_COLOURS: Record<ComplianceStatus, string> = {
  due: 'blue',
  due_soon: 'orange',
  overdue: 'red',
  done: 'green',
};

export const EXCLUSION_LABELS: Record<string, string> = {
  not_mental_health_need: 'not for a mental health need',
  no_entitlement: 'no S117 entitlement in the chronology',
  before_entitlement: 'before the S117 entitlement began',
  outside_loss_window: 'outside the period of S117 aftercare',
};

/** "by 14 December 2022", or "no deadline set". */
export const deadlineText = (due: string | null) => (due ? `by ${formatLongDate(due)}` : 'no deadline set');
