// Words for the remedy vocabulary, as they read inside a sentence of a letter or a table.
import type { OffsetKind, SymbolicPaymentKind } from '../domain/vocabulary';

export const SYMBOLIC_PAYMENT_KIND_LABELS: Record<SymbolicPaymentKind, string> = {
  distress: 'Distress',
  time_and_trouble: 'Time and trouble',
  uncertainty: 'Uncertainty',
  lost_opportunity: 'Lost opportunity',
  other: 'Other injustice',
};

/** "to recognise the distress caused": what a symbolic payment is for, mid-sentence. */
export const SYMBOLIC_PAYMENT_PURPOSES: Record<SymbolicPaymentKind, string> = {
  distress: 'to recognise the distress caused',
  time_and_trouble: 'to recognise the time and trouble caused',
  uncertainty: 'to recognise the uncertainty caused',
  lost_opportunity: 'to recognise the lost opportunity',
  other: 'to recognise the injustice caused',
};

export const OFFSET_KIND_LABELS: Record<OffsetKind, string> = {
  housing_benefit: 'housing benefit',
  other_benefit: 'other benefits',
  refund_already_paid: 'refunds already paid',
  other: 'other amounts already met',
};
