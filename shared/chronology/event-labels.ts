// Words for events: each type's label, and dates written as precisely as they are known
// ("12/03/2019", "March 2019", "2019", "c. 2019").
import { format } from 'date-fns';
import type { DatePrecision, EventType } from '../domain/vocabulary';
import { formatLongDate, formatUkDate, toDate } from '../dates/calendar-date';

export const EVENT_TYPE_LABELS: Record<EventType, string> = {
  admission: 'Admission (informal)',
  detention: 'Detention',
  section_ended: 'Section ended',
  discharge: 'Discharge from hospital',
  s17_leave_start: 'Section 17 leave began',
  s17_leave_end: 'Section 17 leave ended',
  cto_start: 'Community treatment order began',
  cto_end: 'Community treatment order ended',
  readmission: 'Readmission',
  dols_authorised: 'Deprivation of liberty authorised',
  aftercare_planning: 'Aftercare planning',
  needs_assessment: 'Needs assessment',
  care_coordinator_allocated: 'Care co-ordinator allocated',
  care_plan_written: 'Care plan written',
  care_plan_shared: 'Care plan shared',
  services_started: 'Services started',
  accommodation_placement: 'Accommodation placement',
  charge_levied: 'Charge levied',
  housing_benefit_claim: 'Housing benefit claim',
  top_up_agreed: 'Top-up agreed',
  phb_requested: 'Personal health budget requested',
  phb_decision: 'Personal health budget decision',
  s117_review: 'S117 review',
  cpa_review: 'CPA review',
  s117_ended: 'S117 aftercare ended',
  deterioration: 'Deterioration',
  funding_dispute: 'Dispute over who pays',
  complaint_to_org: 'Complaint to the organisation',
  org_response: 'Organisation’s response',
  complaint_to_ombudsman: 'Complaint to the Ombudsman',
  death: 'Death',
  other: 'Other',
};

/** Types drawn as spans on the timeline: start type → end types. */
export const SPAN_TYPES: Partial<Record<EventType, EventType[]>> = {
  detention: ['section_ended', 'discharge'],
  admission: ['discharge'],
  readmission: ['discharge'],
  cto_start: ['cto_end'],
  s17_leave_start: ['s17_leave_end'],
};

export function formatEventDate(date: string, precision: DatePrecision | undefined = 'day'): string {
  switch (precision) {
    case 'month':
      return format(toDate(date), 'MMMM yyyy');
    case 'year':
      return date.slice(0, 4);
    case 'approximate':
      return `c. ${date.slice(0, 4)}`;
    default:
      return formatUkDate(date);
  }
}

/** The long form for letters: "12 March 2019", "March 2019", "2019", "around 2019". */
export function formatEventDateLong(date: string, precision: DatePrecision | undefined = 'day'): string {
  switch (precision) {
    case 'month':
      return format(toDate(date), 'MMMM yyyy');
    case 'year':
      return date.slice(0, 4);
    case 'approximate':
      return `around ${date.slice(0, 4)}`;
    default:
      return formatLongDate(date);
  }
}

/** The first day of the period a date of some precision stands for (CASEFILE.md). */
export function normaliseDateForPrecision(date: string, precision: DatePrecision | undefined): string {
  if (precision === 'month') return `${date.slice(0, 7)}-01`;
  if (precision === 'year' || precision === 'approximate') return `${date.slice(0, 4)}-01-01`;
  return date;
}
