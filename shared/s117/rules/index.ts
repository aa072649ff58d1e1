// The registry of duty rules, in the order of CASEFILE.md "Rule ids", then those added in 1.1.
import type { Rule } from '../rule-context';
import type { RuleId } from '../rule-ids';
import { annualReviewMissed } from './annual-review-missed';
import { carePlanNotExplained } from './care-plan-not-explained';
import { carePlanNotShared } from './care-plan-not-shared';
import { chargedForAftercare } from './charged-for-aftercare';
import { complaintLate } from './complaint-late';
import { delayArrangingAftercare } from './delay-arranging-aftercare';
import { deteriorationAfterEnding } from './deterioration-after-ending';
import { dischargeDelayedByDispute } from './discharge-delayed-by-dispute';
import { endedForImproperReason } from './ended-for-improper-reason';
import { endedNotJoint } from './ended-not-joint';
import { endedNotRecorded } from './ended-not-recorded';
import { endedOnCto } from './ended-on-cto';
import { endedWithoutInvolvement } from './ended-without-involvement';
import { endedWhileInS117Accommodation } from './ended-while-in-s117-accommodation';
import { endedWithoutReassessment } from './ended-without-reassessment';
import { firstReviewLate } from './first-review-late';
import { housingBenefitForS117Accommodation } from './housing-benefit-for-s117-accommodation';
import { needsNotAssessedBeforeDischarge } from './needs-not-assessed-before-discharge';
import { noCareCoordinator } from './no-care-coordinator';
import { noReviewAfterDeterioration } from './no-review-after-deterioration';
import { noWrittenCarePlan } from './no-written-care-plan';
import { notEligible } from './not-eligible';
import { phbRequestNotDecided } from './phb-request-not-decided';
import { planningNotStartedOnAdmission } from './planning-not-started-on-admission';
import { responsibilityUndetermined } from './responsibility-undetermined';
import { s17LeaveJudgement } from './s17-leave-judgement';
import { topUpWithoutPreference } from './top-up-without-preference';

export const RULES: readonly Rule[] = [
  notEligible,
  s17LeaveJudgement,
  planningNotStartedOnAdmission,
  needsNotAssessedBeforeDischarge,
  noCareCoordinator,
  noWrittenCarePlan,
  carePlanNotShared,
  delayArrangingAftercare,
  firstReviewLate,
  annualReviewMissed,
  chargedForAftercare,
  housingBenefitForS117Accommodation,
  topUpWithoutPreference,
  phbRequestNotDecided,
  endedNotJoint,
  endedWithoutInvolvement,
  endedWithoutReassessment,
  endedNotRecorded,
  endedOnCto,
  endedForImproperReason,
  deteriorationAfterEnding,
  responsibilityUndetermined,
  complaintLate,
  dischargeDelayedByDispute,
  noReviewAfterDeterioration,
  carePlanNotExplained,
  endedWhileInS117Accommodation,
];

const BY_ID = new Map<string, Rule>(RULES.map((r) => [r.id, r]));

/** The rule with this id, or undefined for an id this engine does not know. */
export function ruleById(id: RuleId | string): Rule | undefined {
  return BY_ID.get(id);
}
