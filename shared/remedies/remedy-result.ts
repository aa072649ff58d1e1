// What the remedy calculator returns: the `s117 remedy --json` output with an explanation of
// how it was reached (for the UI and the letters), or a structured error it can show.
import type { CalendarDate } from '../dates/calendar-date';
import type { LossExclusion } from './loss-window';
import type { OffsetAllocation } from './offsets';
import type { RemedyOutput } from './remedy-output';

export interface RemedyExplanation {
  asAt: CalendarDate;
  /** finalDecisionDate when set, else asAt. */
  deadlinesFrom: CalendarDate;
  /** 0 when no interest was asked for. */
  interestBasisPoints: number;
  /** One per output item, same order: where each came from. */
  items: Array<{ item: string; payment: string; date: CalendarDate; paidBy: string }>;
  /** Payments (or instalments) that are not financial loss, and why. */
  excluded: Array<{ item: string; payment: string; date: CalendarDate; amount: number; reason: LossExclusion }>;
  offsets: OffsetAllocation[];
  /** The split of financial-loss total (net + interest), in apportionment order; empty when there is none. */
  apportionment: Array<{ org: string; percent: number; amount: number }>;
}

export type RemedyErrorCode = 'apportionment_needed' | 'invalid_input';

export type RemedyResult =
  | { ok: true; output: RemedyOutput; explanation: RemedyExplanation }
  | { ok: false; code: RemedyErrorCode; message: string };
