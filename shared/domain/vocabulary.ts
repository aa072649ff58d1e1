// The closed vocabularies of the S117 domain (roles, kinds, stages, event types…), shared by
// the case-file format, the IPC contract, the store and the UI. Values are the CASEFILE.md
// spellings; labels are what a caseworker reads.

export const STAGES = [
  'assessment',
  'investigation',
  'draft_decision',
  'final_decision',
  'remedy_monitoring',
  'closed',
] as const;
export type Stage = (typeof STAGES)[number];
export const STAGE_LABELS: Record<Stage, string> = {
  assessment: 'Assessment',
  investigation: 'Investigation',
  draft_decision: 'Draft decision',
  final_decision: 'Final decision',
  remedy_monitoring: 'Remedy monitoring',
  closed: 'Closed',
};

export const NATIONS = ['england', 'wales'] as const;
export type Nation = (typeof NATIONS)[number];

export const PERSON_ROLES = ['aggrieved', 'complainant', 'representative', 'estate', 'other'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];
export const PERSON_ROLE_LABELS: Record<PersonRole, string> = {
  aggrieved: 'Aggrieved person',
  complainant: 'Complainant',
  representative: 'Representative',
  estate: 'Estate',
  other: 'Other',
};

export const ORG_KINDS = ['council', 'ccg', 'icb', 'lhb', 'trust', 'provider', 'other'] as const;
export type OrgKind = (typeof ORG_KINDS)[number];
export const ORG_KIND_LABELS: Record<OrgKind, string> = {
  council: 'Council',
  ccg: 'Clinical commissioning group (CCG)',
  icb: 'Integrated care board (ICB)',
  lhb: 'Local health board (Wales)',
  trust: 'NHS trust',
  provider: 'Care provider',
  other: 'Other',
};
/** Organisation kinds that commission NHS aftercare. */
export const NHS_COMMISSIONER_KINDS: readonly OrgKind[] = ['ccg', 'icb', 'lhb'];

export const EVENT_TYPES = [
  'admission',
  'detention',
  'section_ended',
  'discharge',
  's17_leave_start',
  's17_leave_end',
  'cto_start',
  'cto_end',
  'readmission',
  'dols_authorised',
  'aftercare_planning',
  'needs_assessment',
  'care_coordinator_allocated',
  'care_plan_written',
  'care_plan_shared',
  'services_started',
  'accommodation_placement',
  'charge_levied',
  'housing_benefit_claim',
  'top_up_agreed',
  'phb_requested',
  'phb_decision',
  's117_review',
  'cpa_review',
  's117_ended',
  'deterioration',
  'funding_dispute',
  'complaint_to_org',
  'org_response',
  'complaint_to_ombudsman',
  'death',
  'other',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const DETENTION_SECTIONS = [
  '2',
  '3',
  '4',
  '5(2)',
  '5(4)',
  '35',
  '36',
  '37',
  '37/41',
  '38',
  '45A',
  '47',
  '47/49',
  '48',
  '48/49',
  '135',
  '136',
] as const;
export type DetentionSection = (typeof DETENTION_SECTIONS)[number];
/** Sections after which a person is entitled to S117 aftercare (s117(1)). */
export const QUALIFYING_SECTIONS: readonly DetentionSection[] = [
  '3',
  '37',
  '37/41',
  '45A',
  '47',
  '47/49',
  '48',
  '48/49',
];

export const READMISSION_SECTIONS = ['informal', '2'] as const;
export const ACCOMMODATION_KINDS = ['specialist', 'care_home', 'nursing_home', 'supported_living', 'ordinary'] as const;
export type AccommodationKind = (typeof ACCOMMODATION_KINDS)[number];

export const DATE_PRECISIONS = ['day', 'month', 'year', 'approximate'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const ENDING_REASONS = [
  'no_longer_needed',
  'discharged_by_psychiatrist',
  'time_elapsed',
  'dols',
  'readmitted_informal_or_s2',
  'cto_ended',
  's17_leave_ended',
  'moved_area',
  'other',
] as const;
export type EndingReason = (typeof ENDING_REASONS)[number];
/** Reasons that are never enough on their own to end aftercare (DOMAIN.md duty 10). */
export const IMPROPER_ENDING_REASONS: readonly EndingReason[] = [
  'discharged_by_psychiatrist',
  'time_elapsed',
  'dols',
  'readmitted_informal_or_s2',
  'cto_ended',
  's17_leave_ended',
  'moved_area',
];

export const OFFSET_KINDS = ['housing_benefit', 'other_benefit', 'refund_already_paid', 'other'] as const;
export type OffsetKind = (typeof OFFSET_KINDS)[number];

export const INJUSTICE_KINDS = [
  'distress',
  'financial_loss',
  'uncertainty',
  'lost_opportunity',
  'time_and_trouble',
] as const;
export type InjusticeKind = (typeof INJUSTICE_KINDS)[number];

export const SYMBOLIC_PAYMENT_KINDS = [
  'distress',
  'time_and_trouble',
  'uncertainty',
  'lost_opportunity',
  'other',
] as const;
export type SymbolicPaymentKind = (typeof SYMBOLIC_PAYMENT_KINDS)[number];

export const ACTION_KINDS = ['apology', 'payment', 'service_improvement', 'reassessment', 'other'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];
export const ACTION_STATUSES = ['due', 'done', 'overdue'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const SEVERITIES = ['info', 'concern', 'fault'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const DEFAULT_CASE_SETTINGS = {
  firstReviewWeeks: 6,
  reviewIntervalMonths: 12,
  servicesDelayDays: 28,
  deteriorationMonths: 6,
} as const;
export type CaseSettings = { -readonly [K in keyof typeof DEFAULT_CASE_SETTINGS]: number };

/** A body's place in the decision other than by its findings (CASEFILE extension `complaint.scope`). */
export const SCOPE_OUTCOMES = ['not_investigated', 'remedied_before_decision'] as const;
export type ScopeOutcome = (typeof SCOPE_OUTCOMES)[number];
