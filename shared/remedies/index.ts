// The remedy calculator and what goes with it: output shape, printing, plain-language
// description, agreed-action deadlines, labels and reference points.
export {
  remedyOutputSchema,
  lossItemSchema,
  type RemedyOutput,
  type LossItem,
  type LossWindows,
} from './remedy-output';
export { calculateRemedy, type RemedyOptions } from './calculate-remedy';
export type { RemedyResult, RemedyExplanation, RemedyErrorCode } from './remedy-result';
export { serializeRemedy } from './serialize-remedy';
export {
  describeRemedy,
  personName,
  organisationName,
  type RemedyDescription,
  type DescribeRemedyOptions,
} from './describe-remedy';
export {
  ACTION_KIND_LABELS,
  DUE_SOON_DAYS,
  actionDueDate,
  computeDeadlines,
  complianceStatus,
  type ComplianceStatus,
} from './actions';
export { SYMBOLIC_PAYMENT_KIND_LABELS, SYMBOLIC_PAYMENT_PURPOSES, OFFSET_KIND_LABELS } from './remedy-labels';
export { SYMBOLIC_PAYMENT_REFERENCE_POINTS, referencePointsFor, type ReferencePoint } from './reference-points';
export { expandPayment, expandPayments, scheduleDates, type Instalment } from './instalments';
export { lossExclusion, type LossExclusion } from './loss-window';
export { applyOffsets, type OffsetAllocation, type OffsetApplication, type OffsetTarget } from './offsets';
