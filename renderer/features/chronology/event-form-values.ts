// The event form's values (all text, as typed) and the two conversions: a stored event into
// form values, and form values into the event sent to the main process — with the form's own
// checks, whose messages use the same paths as the server's (`date`, `amount`, `citations[0].page`).
import type { CaseFileCitation, CaseFileEvent } from '../../../shared/casefile/schema';
import { formatUkDate, isCalendarDate } from '../../../shared/dates/calendar-date';
import { findDateInText } from './find-date';
import { EVENT_TYPES, type DatePrecision, type EventType } from '../../../shared/domain/vocabulary';
import { formatPence, parseMoney } from '../../../shared/money';

/** A yes/no fact that may be absent from the record ('' = not recorded). */
export type TriState = 'yes' | 'no' | '';

export interface CitationFormRow {
  evidence: string | null;
  page: string;
  pageEnd: string;
  quote: string;
}

export const RESIDENCE_KEYS = [
  'council',
  'gpCommissioner',
  'ordinaryResidenceCommissioner',
  'usualResidenceCommissioner',
] as const;
export type ResidenceKey = (typeof RESIDENCE_KEYS)[number];

export interface EventFormValues {
  precision: DatePrecision;
  /** As the date control holds it: YYYY-MM-DD (day), YYYY-MM (month) or YYYY (year, approximate). */
  date: string;
  type: EventType | null;
  org: string | null;
  text: string;
  section: string | null;
  residence: Record<ResidenceKey, string | null>;
  service: string;
  accommodation: string | null;
  meetsMentalHealthNeed: TriState;
  amount: string;
  preferredByPerson: TriState;
  decidedBy: string[];
  personInvolved: TriState;
  reassessed: TriState;
  recorded: TriState;
  reasons: string[];
  /** care_plan_written: the plan says which services S117 funds. */
  explainsFunding: TriState;
  /** funding_dispute: the bodies in dispute, and the day it was settled as typed (12/03/2019). */
  disputeOrgs: string[];
  settledOn: string;
  citations: CitationFormRow[];
}

export const emptyCitation = (): CitationFormRow => ({ evidence: null, page: '', pageEnd: '', quote: '' });

export function emptyEventForm(): EventFormValues {
  return {
    precision: 'day',
    date: '',
    type: null,
    org: null,
    text: '',
    section: null,
    residence: {
      council: null,
      gpCommissioner: null,
      ordinaryResidenceCommissioner: null,
      usualResidenceCommissioner: null,
    },
    service: '',
    accommodation: null,
    meetsMentalHealthNeed: '',
    amount: '',
    preferredByPerson: '',
    decidedBy: [],
    personInvolved: '',
    reassessed: '',
    recorded: '',
    reasons: [],
    explainsFunding: '',
    disputeOrgs: [],
    settledOn: '',
    citations: [],
  };
}

/** The date as the control for `precision` holds it: "12/03/2019" (day), "2019-03" (month), "2019". */
export function controlDate(iso: string, precision: DatePrecision): string {
  if (precision === 'day') return formatUkDate(iso);
  if (precision === 'month') return iso.slice(0, 7);
  return iso.slice(0, 4);
}

/** The control's text when the precision changes: the same date, as the new control holds it. */
export function switchPrecision(values: Pick<EventFormValues, 'date' | 'precision'>, to: DatePrecision): string {
  const iso = storedDate(values);
  return iso ? controlDate(iso, to) : values.precision === 'day' || to === 'day' ? '' : values.date.slice(0, 4);
}

const tri = (v: boolean | undefined): TriState => (v === undefined ? '' : v ? 'yes' : 'no');
const fromTri = (v: TriState): boolean | undefined => (v === '' ? undefined : v === 'yes');

export function formFromEvent(event: CaseFileEvent): EventFormValues {
  const values = emptyEventForm();
  const precision = event.precision ?? 'day';
  values.precision = precision;
  values.date = controlDate(event.date, precision);
  values.type = event.type;
  values.org = event.org ?? null;
  values.text = event.text ?? '';
  values.citations = (event.citations ?? []).map((c) => ({
    evidence: c.evidence,
    page: c.page !== undefined ? String(c.page) : '',
    pageEnd: c.pageEnd !== undefined ? String(c.pageEnd) : '',
    quote: c.quote ?? '',
  }));
  switch (event.type) {
    case 'detention':
      values.section = event.section;
      for (const key of RESIDENCE_KEYS) values.residence[key] = event.residence?.[key] ?? null;
      break;
    case 'section_ended':
    case 'readmission':
      values.section = event.section ?? null;
      break;
    case 'services_started':
      values.service = event.service ?? '';
      break;
    case 'accommodation_placement':
      values.accommodation = event.accommodation ?? null;
      values.meetsMentalHealthNeed = tri(event.meetsMentalHealthNeed);
      break;
    case 'charge_levied':
      values.amount = event.amount !== undefined ? formatPence(event.amount) : '';
      values.service = event.service ?? '';
      values.meetsMentalHealthNeed = tri(event.meetsMentalHealthNeed);
      break;
    case 'care_plan_written':
      values.explainsFunding = tri(event.explainsFunding);
      break;
    case 'funding_dispute':
      values.disputeOrgs = event.orgs ?? [];
      values.settledOn = event.to ? formatUkDate(event.to) : '';
      break;
    case 'top_up_agreed':
      values.amount = event.amount !== undefined ? formatPence(event.amount) : '';
      values.preferredByPerson = tri(event.preferredByPerson);
      break;
    case 's117_ended':
      values.decidedBy = event.decidedBy ?? [];
      values.personInvolved = tri(event.personInvolved);
      values.reassessed = tri(event.reassessed);
      values.recorded = tri(event.recorded);
      values.reasons = event.reasons ?? [];
      break;
  }
  return values;
}

/** The stored date for what the control holds: the first day of the period. */
export function storedDate(values: Pick<EventFormValues, 'date' | 'precision'>): string | null {
  const d = values.date.trim();
  if (values.precision === 'day') {
    // Typed as 12/03/2019, 2019-03-12 or 12 March 2019: the whole text must be the one date.
    const found = /^[\d\s\w/.,-]{6,30}$/.test(d) ? findDateInText(d) : null;
    return found?.precision === 'day' ? found.date : null;
  }
  const full = values.precision === 'month' ? `${d}-01` : /^\d{4}$/.test(d) ? `${d}-01-01` : '';
  return isCalendarDate(full) ? full : null;
}

export type EventFromForm =
  { ok: true; event: Record<string, unknown> } | { ok: false; errors: Record<string, string> };

const PAGE = /^\d{1,6}$/;

/** The event to send (without its id), or the form's own messages keyed by field path. */
export function eventFromForm(values: EventFormValues): EventFromForm {
  const errors: Record<string, string> = {};
  const date = storedDate(values);
  if (!date)
    errors.date =
      values.precision === 'day'
        ? 'Enter the date, e.g. 12/03/2019'
        : values.precision === 'month'
          ? 'Enter the month and year'
          : 'Enter the year, e.g. 2019';
  if (!values.type) errors.type = 'Choose the type of event';
  const text = values.text.trim();
  const event: Record<string, unknown> = {
    date,
    type: values.type,
    ...(values.precision !== 'day' ? { precision: values.precision } : {}),
    ...(values.org ? { org: values.org } : {}),
    ...(text ? { text } : {}),
  };
  const money = () => {
    if (!values.amount.trim()) return undefined;
    const parsed = parseMoney(values.amount);
    if (!parsed.ok) {
      errors.amount = `Not an amount: ${parsed.reason}`;
      return undefined;
    }
    return parsed.pence;
  };
  const service = values.service.trim() || undefined;
  switch (values.type) {
    case 'detention': {
      if (!values.section) errors.section = 'Choose the section';
      const residence = Object.fromEntries(
        RESIDENCE_KEYS.filter((k) => values.residence[k]).map((k) => [k, values.residence[k]]),
      );
      Object.assign(event, { section: values.section, ...(Object.keys(residence).length ? { residence } : {}) });
      break;
    }
    case 'section_ended':
    case 'readmission':
      if (values.section) event.section = values.section;
      break;
    case 'services_started':
      if (service) event.service = service;
      break;
    case 'accommodation_placement':
      Object.assign(event, {
        ...(values.accommodation ? { accommodation: values.accommodation } : {}),
        ...(values.meetsMentalHealthNeed ? { meetsMentalHealthNeed: fromTri(values.meetsMentalHealthNeed) } : {}),
      });
      break;
    case 'charge_levied': {
      const amount = money();
      Object.assign(event, {
        ...(amount !== undefined ? { amount } : {}),
        ...(service ? { service } : {}),
        ...(values.meetsMentalHealthNeed ? { meetsMentalHealthNeed: fromTri(values.meetsMentalHealthNeed) } : {}),
      });
      break;
    }
    case 'care_plan_written':
      if (values.explainsFunding) event.explainsFunding = fromTri(values.explainsFunding);
      break;
    case 'funding_dispute': {
      if (values.disputeOrgs.length) event.orgs = values.disputeOrgs;
      if (values.settledOn.trim()) {
        const to = storedDate({ date: values.settledOn, precision: 'day' });
        if (!to) errors.to = 'Enter the date it was settled, e.g. 12/03/2019, or leave it empty if it is not settled';
        else if (date && to < date) errors.to = 'It cannot be settled before the dispute began';
        else event.to = to;
      }
      break;
    }
    case 'top_up_agreed': {
      const amount = money();
      Object.assign(event, {
        ...(amount !== undefined ? { amount } : {}),
        ...(values.preferredByPerson ? { preferredByPerson: fromTri(values.preferredByPerson) } : {}),
      });
      break;
    }
    case 's117_ended':
      Object.assign(event, {
        ...(values.decidedBy.length ? { decidedBy: values.decidedBy } : {}),
        ...(values.reasons.length ? { reasons: values.reasons } : {}),
      });
      for (const key of ['personInvolved', 'reassessed', 'recorded'] as const)
        if (values[key]) event[key] = fromTri(values[key]);
      break;
  }
  const citations: CaseFileCitation[] = [];
  values.citations.forEach((c, i) => {
    const at = `citations[${i}]`;
    if (!c.evidence) errors[`${at}.evidence`] = 'Choose the document';
    for (const key of ['page', 'pageEnd'] as const) {
      const v = c[key].trim();
      if (v && (!PAGE.test(v) || Number(v) < 1)) errors[`${at}.${key}`] = 'A page number, e.g. 3';
    }
    const page = c.page.trim() ? Number(c.page) : undefined;
    const pageEnd = c.pageEnd.trim() ? Number(c.pageEnd) : undefined;
    if (pageEnd !== undefined && (page === undefined || pageEnd < page) && !errors[`${at}.pageEnd`])
      errors[`${at}.pageEnd`] = 'The last page must come with a first page and not be before it';
    const quote = c.quote.trim();
    citations.push({
      evidence: c.evidence ?? '',
      ...(page !== undefined ? { page } : {}),
      ...(pageEnd !== undefined && pageEnd !== page ? { pageEnd } : {}),
      ...(quote ? { quote } : {}),
    });
  });
  if (citations.length) event.citations = citations;
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, event };
}

/** A new event's values from the address (evidence viewer's "Add to chronology"). */
export function formFromPrefill(params: URLSearchParams): EventFormValues {
  const values = emptyEventForm();
  const date = params.get('date');
  const precision = params.get('precision');
  if (precision === 'month' || precision === 'year' || precision === 'approximate' || precision === 'day')
    values.precision = precision;
  if (date && isCalendarDate(date)) values.date = controlDate(date, values.precision);
  const evidence = params.get('evidence');
  if (evidence) {
    const page = params.get('page') ?? '';
    const pageEnd = params.get('pageEnd') ?? '';
    values.citations = [
      {
        evidence,
        page: PAGE.test(page) ? page : '',
        pageEnd: PAGE.test(pageEnd) && pageEnd !== page ? pageEnd : '',
        quote: params.get('quote') ?? '',
      },
    ];
  }
  const text = params.get('text');
  if (text) values.text = text;
  const type = params.get('type');
  if (type && (EVENT_TYPES as readonly string[]).includes(type)) values.type = type as EventType;
  return values;
}
