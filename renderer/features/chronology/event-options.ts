// The choices the event form offers: event types in groups an investigator thinks in, and the
// words for sections, accommodation and reasons for ending aftercare.
import { EVENT_TYPE_LABELS } from '../../../shared/chronology/event-labels';
import {
  ACCOMMODATION_KINDS,
  DETENTION_SECTIONS,
  ENDING_REASONS,
  IMPROPER_ENDING_REASONS,
  READMISSION_SECTIONS,
  type AccommodationKind,
  type EndingReason,
  type EventType,
} from '../../../shared/domain/vocabulary';

const GROUPS: Array<{ group: string; types: EventType[] }> = [
  {
    group: 'Hospital and detention',
    types: [
      'detention',
      'admission',
      'readmission',
      'section_ended',
      'discharge',
      's17_leave_start',
      's17_leave_end',
      'cto_start',
      'cto_end',
      'dols_authorised',
    ],
  },
  {
    group: 'Aftercare planning and services',
    types: [
      'aftercare_planning',
      'needs_assessment',
      'care_coordinator_allocated',
      'care_plan_written',
      'care_plan_shared',
      'services_started',
      'accommodation_placement',
    ],
  },
  { group: 'Reviews and ending aftercare', types: ['s117_review', 'cpa_review', 's117_ended'] },
  { group: 'Funding between the bodies', types: ['funding_dispute'] },
  {
    group: 'Money',
    types: ['charge_levied', 'top_up_agreed', 'housing_benefit_claim', 'phb_requested', 'phb_decision'],
  },
  { group: 'Complaint', types: ['complaint_to_org', 'org_response', 'complaint_to_ombudsman'] },
  { group: 'Other', types: ['deterioration', 'death', 'other'] },
];

export const EVENT_TYPE_OPTIONS = GROUPS.map(({ group, types }) => ({
  group,
  items: types.map((t) => ({ value: t, label: EVENT_TYPE_LABELS[t] })),
}));

export const DETENTION_SECTION_OPTIONS = DETENTION_SECTIONS.map((s) => ({ value: s, label: `Section ${s}` }));
export const READMISSION_SECTION_OPTIONS = READMISSION_SECTIONS.map((s) => ({
  value: s,
  label: s === 'informal' ? 'Informal' : `Section ${s}`,
}));

export const ACCOMMODATION_LABELS: Record<AccommodationKind, string> = {
  specialist: 'Specialist placement',
  care_home: 'Care home',
  nursing_home: 'Nursing home',
  supported_living: 'Supported living',
  ordinary: 'Ordinary housing',
};
export const ACCOMMODATION_OPTIONS = ACCOMMODATION_KINDS.map((k) => ({ value: k, label: ACCOMMODATION_LABELS[k] }));

export const ENDING_REASON_LABELS: Record<EndingReason, string> = {
  no_longer_needed: 'No longer needed for the mental disorder',
  discharged_by_psychiatrist: 'Discharged by the psychiatrist',
  time_elapsed: 'Time had passed',
  dols: 'Deprivation of liberty authorised',
  readmitted_informal_or_s2: 'Readmitted informally or under section 2',
  cto_ended: 'CTO ended',
  s17_leave_ended: 'Section 17 leave ended',
  moved_area: 'Moved area',
  other: 'Other',
};
export const ENDING_REASON_OPTIONS = ENDING_REASONS.map((r) => ({
  value: r,
  label: IMPROPER_ENDING_REASONS.includes(r)
    ? `${ENDING_REASON_LABELS[r]} (never enough alone)`
    : ENDING_REASON_LABELS[r],
}));
