// The stable rule ids of CASEFILE.md "Rule ids": add new ones, never reuse an old id for a new meaning.
export const RULE_IDS = [
  'NOT-ELIGIBLE',
  'S17-LEAVE-JUDGEMENT',
  'PLANNING-NOT-STARTED-ON-ADMISSION',
  'NEEDS-NOT-ASSESSED-BEFORE-DISCHARGE',
  'NO-CARE-COORDINATOR',
  'NO-WRITTEN-CARE-PLAN',
  'CARE-PLAN-NOT-SHARED',
  'DELAY-ARRANGING-AFTERCARE',
  'FIRST-REVIEW-LATE',
  'ANNUAL-REVIEW-MISSED',
  'CHARGED-FOR-AFTERCARE',
  'HOUSING-BENEFIT-FOR-S117-ACCOMMODATION',
  'TOP-UP-WITHOUT-PREFERENCE',
  'PHB-REQUEST-NOT-DECIDED',
  'ENDED-NOT-JOINT',
  'ENDED-WITHOUT-INVOLVEMENT',
  'ENDED-WITHOUT-REASSESSMENT',
  'ENDED-NOT-RECORDED',
  'ENDED-ON-CTO',
  'ENDED-FOR-IMPROPER-REASON',
  'DETERIORATION-AFTER-ENDING',
  'RESPONSIBILITY-UNDETERMINED',
  'COMPLAINT-LATE',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** Rules that judge how aftercare was ended; an ending that fires none of them is a proper ending. */
export const isEndingRule = (rule: string) => rule.startsWith('ENDED-');
