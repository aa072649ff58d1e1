// Short phrases for what each rule is about, for summaries ("We found fault by the Council in
// charging for aftercare…") and for what a complaint said the bodies got wrong (per duty).
import type { CaseFile, CaseFileFinding } from '../../casefile/schema';
import type { RuleId } from '../../s117/rule-ids';

export const RULE_PHRASES: Record<RuleId, string> = {
  'NOT-ELIGIBLE': 'deciding whether aftercare was owed',
  'S17-LEAVE-JUDGEMENT': 'the aftercare provided during section 17 leave',
  'PLANNING-NOT-STARTED-ON-ADMISSION': 'not starting aftercare planning on admission',
  'NEEDS-NOT-ASSESSED-BEFORE-DISCHARGE': 'not assessing aftercare needs before discharge',
  'NO-CARE-COORDINATOR': 'not allocating a care co-ordinator',
  'NO-WRITTEN-CARE-PLAN': 'not writing a care plan',
  'CARE-PLAN-NOT-SHARED': 'not sharing the care plan',
  'DELAY-ARRANGING-AFTERCARE': 'delay in arranging aftercare',
  'FIRST-REVIEW-LATE': 'not reviewing aftercare when it should have',
  'ANNUAL-REVIEW-MISSED': 'not reviewing aftercare when it should have',
  'CHARGED-FOR-AFTERCARE': 'charging for aftercare that should have been free',
  'HOUSING-BENEFIT-FOR-S117-ACCOMMODATION': 'expecting housing benefit to pay for aftercare accommodation',
  'TOP-UP-WITHOUT-PREFERENCE': 'asking for a top-up without a preferred placement',
  'PHB-REQUEST-NOT-DECIDED': 'not deciding a request for a personal health budget',
  'ENDED-NOT-JOINT': 'how aftercare was ended',
  'ENDED-WITHOUT-INVOLVEMENT': 'how aftercare was ended',
  'ENDED-WITHOUT-REASSESSMENT': 'how aftercare was ended',
  'ENDED-NOT-RECORDED': 'how aftercare was ended',
  'ENDED-ON-CTO': 'how aftercare was ended',
  'ENDED-FOR-IMPROPER-REASON': 'how aftercare was ended',
  'DETERIORATION-AFTER-ENDING': 'not reinstating aftercare after a deterioration',
  'RESPONSIBILITY-UNDETERMINED': 'not settling which bodies were responsible',
  'COMPLAINT-LATE': 'the timing of the complaint',
  'DISCHARGE-DELAYED-BY-DISPUTE': 'letting a dispute about who pays delay discharge',
  'NO-REVIEW-AFTER-DETERIORATION': 'not reviewing aftercare when the person’s health deteriorated',
  'CARE-PLAN-NOT-EXPLAINED': 'not explaining in the care plan which services were free aftercare',
  'ENDED-WHILE-IN-S117-ACCOMMODATION': 'ending aftercare while the person was still in aftercare accommodation',
};

/** What a complaint says the bodies did, per duty id (DUTIES in shared/s117/duties). */
export const DUTY_COMPLAINTS: Record<string, string> = {
  'planning-at-admission': 'did not start planning aftercare when the admission began',
  'needs-assessed-before-discharge': 'did not properly assess aftercare needs before discharge',
  'care-coordinator': 'did not allocate a care co-ordinator',
  'written-care-plan': 'did not write a care plan recording the entitlement to aftercare',
  'care-plan-shared': 'did not share the care plan',
  'no-delay': 'delayed arranging aftercare after discharge',
  reviews: 'did not review the aftercare when they should have',
  'free-aftercare': 'charged for aftercare services that should have been free',
  'personal-health-budget': 'did not decide a request for a personal health budget',
  'ending-aftercare': 'ended the aftercare without a proper joint decision',
  records: 'did not keep proper records of the aftercare',
  'joint-working': 'did not agree which of them was responsible for the aftercare',
};

const COMPLAINT_EVENTS = new Set(['complaint_to_org', 'org_response']);

/**
 * What one finding is about: its rule's phrase; for a finding of the investigator's own, "how
 * the complaint was handled" when it rests on complaint events, else "other matters".
 */
function phraseFor(file: CaseFile, finding: CaseFileFinding): string {
  if (finding.rule && finding.rule in RULE_PHRASES) return RULE_PHRASES[finding.rule as RuleId];
  const types = (finding.events ?? []).map((id) => file.events.find((e) => e.id === id)?.type);
  if (types.length > 0 && types.every((t) => t !== undefined && COMPLAINT_EVENTS.has(t)))
    return 'how the complaint was handled';
  return 'other matters';
}

/** The distinct phrases for these findings, in order, with "other matters" last. */
export function phrasesFor(file: CaseFile, findings: readonly CaseFileFinding[]): string[] {
  const distinct = [...new Set(findings.map((f) => phraseFor(file, f)))];
  return [...distinct.filter((p) => p !== 'other matters'), ...distinct.filter((p) => p === 'other matters')];
}
