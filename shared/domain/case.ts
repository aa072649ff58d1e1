// A case as the store and the UI see it: the case record, its people and its organisations,
// with zod schemas for what the UI sends (drafts) and what it gets back.
import { z } from 'zod';
import { calendarDate } from '../casefile/schema';
import { NATIONS, ORG_KINDS, PERSON_ROLES, STAGES } from './vocabulary';

/** The ombudsman's reference style: `19 016 759`, with an optional letter for a body (`18 010 781b`). */
export const REFERENCE_PATTERN = /^\d{2} \d{3} \d{3}[a-z]?$/;

const trimmed = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `must be at most ${max} characters` });
const optionalText = (max: number) =>
  z.preprocess((v) => (v === '' || v === null ? undefined : v), trimmed(max).optional());

export const caseSettingsSchema = z.strictObject({
  firstReviewWeeks: z.number().int().min(1).max(104),
  reviewIntervalMonths: z.number().int().min(1).max(120),
  servicesDelayDays: z.number().int().min(1).max(3650),
  deteriorationMonths: z.number().int().min(1).max(120),
});

export const personDraftSchema = z.strictObject({
  id: z.string().min(1).max(100).optional(),
  role: z.enum(PERSON_ROLES, { error: 'choose a role' }),
  title: optionalText(40),
  name: trimmed(200).min(1, { message: 'Enter the person’s name' }),
  label: optionalText(100),
  relationship: optionalText(100),
});

export const organisationDraftSchema = z.strictObject({
  id: z.string().min(1).max(100).optional(),
  kind: z.enum(ORG_KINDS, { error: 'choose a kind of organisation' }),
  name: trimmed(300).min(1, { message: 'Enter the organisation’s name' }),
  reference: optionalText(100),
  /** The body that took over its duties, by name (a CCG's ICB from 1 July 2022). */
  successor: optionalText(300),
});

export const caseDraftSchema = z.strictObject({
  reference: z.preprocess(
    (v) => (v === '' || v === null ? undefined : v),
    z
      .string()
      .trim()
      .regex(REFERENCE_PATTERN, { message: 'Use the reference style NN NNN NNN, for example 19 016 759' })
      .optional(),
  ),
  title: trimmed(300).min(1, { message: 'Enter a title for the case' }),
  received: calendarDate,
  stage: z.enum(STAGES, { error: 'choose a stage' }),
  nation: z.enum(NATIONS).default('england'),
  finalDecisionDate: z.preprocess((v) => (v === '' ? null : v), calendarDate.nullable().optional()),
  asAt: z.preprocess((v) => (v === '' ? null : v), calendarDate.nullable().optional()),
  settings: caseSettingsSchema.optional(),
  people: z.array(personDraftSchema).max(50),
  organisations: z.array(organisationDraftSchema).max(50),
});

export type CaseDraft = z.input<typeof caseDraftSchema>;
export type ValidCaseDraft = z.output<typeof caseDraftSchema>;

export const personSchema = z.object({
  id: z.string(),
  role: z.enum(PERSON_ROLES),
  title: z.string().nullable(),
  name: z.string(),
  label: z.string().nullable(),
  relationship: z.string().nullable(),
});
export const organisationSchema = z.object({
  id: z.string(),
  kind: z.enum(ORG_KINDS),
  name: z.string(),
  reference: z.string().nullable(),
  successor: z.string().nullable(),
});

export const caseDetailSchema = z.object({
  id: z.string(),
  reference: z.string().nullable(),
  title: z.string(),
  received: z.string(),
  stage: z.enum(STAGES),
  nation: z.enum(NATIONS),
  finalDecisionDate: z.string().nullable(),
  asAt: z.string().nullable(),
  settings: caseSettingsSchema,
  people: z.array(personSchema),
  organisations: z.array(organisationSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const caseSummarySchema = z.object({
  id: z.string(),
  reference: z.string().nullable(),
  title: z.string(),
  received: z.string(),
  stage: z.enum(STAGES),
  people: z.array(z.string()),
  organisations: z.array(z.string()),
  updatedAt: z.string(),
});

export type Person = z.infer<typeof personSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
export type CaseDetail = z.infer<typeof caseDetailSchema>;
export type CaseSummary = z.infer<typeof caseSummarySchema>;

export const CASE_SORTS = ['received_desc', 'received_asc', 'updated_desc'] as const;
export type CaseSort = (typeof CASE_SORTS)[number];
