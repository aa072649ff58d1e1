// Whether a paid-for service on a date counts as financial loss: on or after the entitlement
// date and inside one of the loss windows computed from the chronology by the duty engine.
import type { CalendarDate } from '../dates/calendar-date';
import type { LossWindows } from './remedy-output';

export type LossExclusion = 'not_mental_health_need' | 'no_entitlement' | 'before_entitlement' | 'outside_loss_window';

/** Why a payment on `date` is not financial loss, or null when it is. */
export function lossExclusion(
  date: CalendarDate,
  meetsMentalHealthNeed: boolean | undefined,
  lossWindows: LossWindows,
): LossExclusion | null {
  if (meetsMentalHealthNeed !== true) return 'not_mental_health_need';
  if (lossWindows.entitlementFrom === null) return 'no_entitlement';
  if (date < lossWindows.entitlementFrom) return 'before_entitlement';
  if (!lossWindows.windows.some((w) => w.from <= date && date <= w.to)) return 'outside_loss_window';
  return null;
}
