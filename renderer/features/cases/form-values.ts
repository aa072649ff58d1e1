// The case form's values (all text, as typed), and conversions to and from the draft the
// contract accepts. Validation uses the contract's own schema, so the form and the main
// process never disagree about what is valid.
import type { UseFormReturnType } from '@mantine/form';
import { caseDraftSchema, type CaseDetail, type CaseDraft } from '../../../shared/domain/case';
import { DEFAULT_CASE_SETTINGS, type NationAndStage } from './form-types';
import { formErrors, zodFieldErrors } from '../../forms/zod-field-errors';
import type { OrgKind, PersonRole } from '../../../shared/domain/vocabulary';

let rowCounter = 0;
export const newRowKey = () => `row-${Date.now()}-${++rowCounter}`;

export interface PersonRow {
  key: string;
  id?: string;
  role: PersonRole;
  title: string;
  name: string;
  label: string;
  relationship: string;
}

export interface OrgRow {
  key: string;
  id?: string;
  kind: OrgKind;
  name: string;
  reference: string;
  /** The body that took over its duties (a CCG's ICB). */
  successor: string;
}

export interface CaseFormValues extends NationAndStage {
  reference: string;
  title: string;
  received: string;
  finalDecisionDate: string;
  asAt: string;
  firstReviewWeeks: string;
  reviewIntervalMonths: string;
  people: PersonRow[];
  organisations: OrgRow[];
}

export type CaseForm = UseFormReturnType<CaseFormValues>;

export function emptyCaseForm(today: string): CaseFormValues {
  return {
    reference: '',
    title: '',
    received: today,
    stage: 'assessment',
    nation: 'england',
    finalDecisionDate: '',
    asAt: '',
    firstReviewWeeks: String(DEFAULT_CASE_SETTINGS.firstReviewWeeks),
    reviewIntervalMonths: String(DEFAULT_CASE_SETTINGS.reviewIntervalMonths),
    people: [{ key: newRowKey(), role: 'aggrieved', title: '', name: '', label: '', relationship: '' }],
    organisations: [],
  };
}

export function formFromCase(c: CaseDetail): CaseFormValues {
  return {
    reference: c.reference ?? '',
    title: c.title,
    received: c.received,
    stage: c.stage,
    nation: c.nation,
    finalDecisionDate: c.finalDecisionDate ?? '',
    asAt: c.asAt ?? '',
    firstReviewWeeks: String(c.settings.firstReviewWeeks),
    reviewIntervalMonths: String(c.settings.reviewIntervalMonths),
    people: c.people.map((p) => ({
      key: newRowKey(),
      id: p.id,
      role: p.role,
      title: p.title ?? '',
      name: p.name,
      label: p.label ?? '',
      relationship: p.relationship ?? '',
    })),
    organisations: c.organisations.map((o) => ({
      key: newRowKey(),
      id: o.id,
      kind: o.kind,
      name: o.name,
      reference: o.reference ?? '',
      successor: o.successor ?? '',
    })),
  };
}

const wholeNumber = (v: string) => (/^\s*-?\d+\s*$/.test(v) ? Number(v) : Number.NaN);

export function draftFromForm(v: CaseFormValues, existing?: CaseDetail): CaseDraft {
  return {
    reference: v.reference,
    title: v.title,
    received: v.received,
    stage: v.stage,
    nation: v.nation,
    finalDecisionDate: v.finalDecisionDate || null,
    asAt: v.asAt || null,
    settings: {
      ...(existing?.settings ?? DEFAULT_CASE_SETTINGS),
      firstReviewWeeks: wholeNumber(v.firstReviewWeeks),
      reviewIntervalMonths: wholeNumber(v.reviewIntervalMonths),
    },
    people: v.people.map(({ key: _key, ...p }) => p),
    organisations: v.organisations.map(({ key: _key, ...o }) => o),
  };
}

/** The form's path of a draft's field: the settings are top-level fields of the form. */
export const caseFormPath = (path: string) => path.replace(/^settings\./, '');

/** Messages keyed by the form's field paths (`title`, `people.0.name`, `firstReviewWeeks`). */
export function validateCaseForm(v: CaseFormValues): Record<string, string> {
  const errors = zodFieldErrors(caseDraftSchema, draftFromForm(v), (message) =>
    message.startsWith('not a date')
      ? 'Enter a date'
      : /expected number|NaN/i.test(message)
        ? 'Enter a whole number'
        : message,
  );
  return formErrors(errors, caseFormPath);
}
