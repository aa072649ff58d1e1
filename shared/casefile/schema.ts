// The `.s117.json` interchange format, version 1, as zod schemas (../shared/CASEFILE.md).
// Every object is strict: an unknown field is an error, never silently dropped. Absent and
// null are treated alike for optional fields. Cross-references (ids) are checked separately
// in references.ts, because zod sees one field at a time.
import { z } from 'zod';
import { isCalendarDate } from '../dates/calendar-date';
import {
  ACCOMMODATION_KINDS,
  ACTION_KINDS,
  ACTION_STATUSES,
  DATE_PRECISIONS,
  DETENTION_SECTIONS,
  ENDING_REASONS,
  EVENT_TYPES,
  INJUSTICE_KINDS,
  NATIONS,
  OFFSET_KINDS,
  ORG_KINDS,
  PERSON_ROLES,
  READMISSION_SECTIONS,
  SCOPE_OUTCOMES,
  STAGES,
  SYMBOLIC_PAYMENT_KINDS,
  type EventType,
} from '../domain/vocabulary';

export const CASE_FILE_FORMAT = 's117-case';
export const CASE_FILE_VERSION = 1;

/** Optional in the format: absent or null both read as undefined. */
const opt = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === null ? undefined : v), schema.optional());

export const calendarDate = z
  .string({ error: 'not a date' })
  .refine(isCalendarDate, { message: 'not a date (expected YYYY-MM-DD)' });
export const id = z
  .string({ error: 'must be a text id' })
  .min(1, { message: 'must not be empty' })
  .max(100, { message: 'is longer than 100 characters' });
export const pence = z
  .number({ error: 'must be an amount in whole pence' })
  .int({ message: 'must be whole pence (an integer)' })
  .min(0, { message: 'must not be negative' })
  .max(Number.MAX_SAFE_INTEGER / 100_000, { message: 'is implausibly large' });
// Only a value that is not a string is "not text"; a string too long or too short says so.
const text = z.string({ error: (issue) => (issue.code === 'invalid_type' ? 'must be text' : undefined) });
const nonEmptyText = text.trim().min(1, { message: 'must not be empty' });
const positiveInt = z.number().int({ message: 'must be a whole number' }).min(1, { message: 'must be at least 1' });

export const settingsSchema = z.strictObject({
  firstReviewWeeks: opt(positiveInt.max(104)),
  reviewIntervalMonths: opt(positiveInt.max(120)),
  servicesDelayDays: opt(positiveInt.max(3650)),
  deteriorationMonths: opt(positiveInt.max(120)),
});

export const caseSchema = z.strictObject({
  reference: opt(text.trim().min(1).max(40)),
  title: nonEmptyText.max(300),
  nation: opt(z.enum(NATIONS)),
  stage: opt(z.enum(STAGES)),
  received: calendarDate,
  finalDecisionDate: opt(calendarDate),
  asAt: opt(calendarDate),
  settings: opt(settingsSchema),
});

export const personSchema = z.strictObject({
  id,
  role: z.enum(PERSON_ROLES),
  title: opt(text.max(40)),
  name: nonEmptyText.max(200),
  label: opt(text.max(100)),
  relationship: opt(text.max(100)),
});

export const organisationSchema = z.strictObject({
  id,
  kind: z.enum(ORG_KINDS),
  name: nonEmptyText.max(300),
  reference: opt(text.max(100)),
  /** The body that took over its duties (a CCG's ICB from 1 July 2022), by name. */
  successor: opt(text.trim().min(1, { message: 'must not be empty' }).max(300)),
});

/** What the person complained about, one head per complaint, naming the bodies it is about. */
export const complaintHeadSchema = z.strictObject({
  id,
  orgs: z.array(id).min(1, { message: 'must name at least one organisation' }),
  text: nonEmptyText.max(2000),
});

/** A body the investigator decided not to investigate, or one that put things right before the decision. */
export const complaintScopeSchema = z.strictObject({
  org: id,
  outcome: z.enum(SCOPE_OUTCOMES),
  reason: nonEmptyText.max(5000),
});

export const complaintSchema = z.strictObject({
  heads: opt(z.array(complaintHeadSchema)),
  /** What the person wants to happen, in their words. */
  desiredOutcomes: opt(z.array(nonEmptyText.max(2000))),
  scope: opt(z.array(complaintScopeSchema)),
});

export const citationSchema = z
  .strictObject({
    evidence: id,
    page: opt(positiveInt),
    pageEnd: opt(positiveInt),
    quote: opt(text.max(5000)),
  })
  .refine((c) => c.pageEnd === undefined || (c.page !== undefined && c.pageEnd >= c.page), {
    message: 'pageEnd must come with page and not be before it',
    path: ['pageEnd'],
  });

export const residenceSchema = z.strictObject({
  council: opt(id),
  gpCommissioner: opt(id),
  ordinaryResidenceCommissioner: opt(id),
  usualResidenceCommissioner: opt(id),
});

const eventBase = {
  id,
  date: calendarDate,
  precision: opt(z.enum(DATE_PRECISIONS)),
  org: opt(id),
  text: opt(text.max(5000)),
  citations: opt(z.array(citationSchema)),
};

const ev = <T extends EventType, S extends z.ZodRawShape>(type: T, extras: S) =>
  z.strictObject({ ...eventBase, type: z.literal(type), ...extras });

/** Event types that carry no extra fields. */
const PLAIN_EVENT_TYPES = EVENT_TYPES.filter(
  (t) =>
    ![
      'detention',
      'section_ended',
      'readmission',
      'services_started',
      'accommodation_placement',
      'charge_levied',
      'top_up_agreed',
      's117_ended',
      'care_plan_written',
      'funding_dispute',
    ].includes(t),
) as Exclude<
  EventType,
  | 'detention'
  | 'section_ended'
  | 'readmission'
  | 'services_started'
  | 'accommodation_placement'
  | 'charge_levied'
  | 'top_up_agreed'
  | 's117_ended'
  | 'care_plan_written'
  | 'funding_dispute'
>[];

/** Each event type with its extra fields (CASEFILE.md "Event types"). */
export const eventSchema = z.discriminatedUnion(
  'type',
  [
    ev('detention', { section: z.enum(DETENTION_SECTIONS), residence: opt(residenceSchema) }),
    ev('section_ended', { section: opt(z.enum(DETENTION_SECTIONS)) }),
    ev('readmission', { section: opt(z.enum(READMISSION_SECTIONS)) }),
    ev('services_started', { service: opt(text.max(300)) }),
    ev('accommodation_placement', {
      accommodation: opt(z.enum(ACCOMMODATION_KINDS)),
      meetsMentalHealthNeed: opt(z.boolean()),
    }),
    ev('charge_levied', { amount: opt(pence), service: opt(text.max(300)), meetsMentalHealthNeed: opt(z.boolean()) }),
    ev('care_plan_written', { explainsFunding: opt(z.boolean()) }),
    ev('funding_dispute', { orgs: opt(z.array(id)), to: opt(calendarDate) }),
    ev('top_up_agreed', { amount: opt(pence), preferredByPerson: opt(z.boolean()) }),
    ev('s117_ended', {
      decidedBy: opt(z.array(id)),
      personInvolved: opt(z.boolean()),
      reassessed: opt(z.boolean()),
      recorded: opt(z.boolean()),
      reasons: opt(z.array(z.enum(ENDING_REASONS))),
    }),
    z.strictObject({
      ...eventBase,
      type: z.enum(PLAIN_EVENT_TYPES as [(typeof PLAIN_EVENT_TYPES)[number], ...(typeof PLAIN_EVENT_TYPES)[number][]]),
    }),
  ],
  { error: (iss) => (iss.code === 'invalid_union' ? `unknown event type` : undefined) },
);

export const scheduleSchema = z
  .strictObject({
    from: calendarDate,
    to: calendarDate,
    every: z.enum(['week', 'month']),
    amount: pence,
  })
  .refine((s) => s.to >= s.from, { message: 'to must not be before from', path: ['to'] });

export const paymentSchema = z
  .strictObject({
    id,
    date: opt(calendarDate),
    amount: opt(pence),
    paidBy: id,
    for: opt(text.max(300)),
    service: opt(text.max(300)),
    meetsMentalHealthNeed: opt(z.boolean()),
    schedule: opt(scheduleSchema),
  })
  .superRefine((p, ctx) => {
    if (p.schedule) {
      if (p.date !== undefined || p.amount !== undefined)
        ctx.addIssue({
          code: 'custom',
          message: 'a scheduled payment takes its dates and amount from schedule, not date/amount',
          path: ['schedule'],
        });
    } else {
      if (p.date === undefined)
        ctx.addIssue({ code: 'custom', message: 'needs a date (or a schedule)', path: ['date'] });
      if (p.amount === undefined)
        ctx.addIssue({ code: 'custom', message: 'needs an amount (or a schedule)', path: ['amount'] });
    }
  });

export const offsetSchema = z.strictObject({
  id,
  date: opt(calendarDate),
  amount: pence,
  kind: z.enum(OFFSET_KINDS),
  against: z.array(id).min(1, { message: 'must name at least one payment' }),
});

export const evidenceSchema = z.strictObject({
  id,
  file: nonEmptyText.max(1000),
  title: opt(text.max(300)),
  date: opt(calendarDate),
  sha256: opt(z.string().regex(/^[0-9a-f]{64}$/, { message: 'not a SHA-256 hex digest' })),
  authorOrg: opt(id),
  tags: opt(z.array(text.max(100))),
  notes: opt(text.max(20000)),
});

export const findingSchema = z.strictObject({
  id,
  org: id,
  rule: opt(text.max(100)),
  fault: text.max(20000),
  injustice: z.array(z.enum(INJUSTICE_KINDS)),
  causation: opt(text.max(20000)),
  events: opt(z.array(id)),
  /** Who suffered the injustice (people's ids); absent: the person the aftercare was for. */
  injusticeTo: opt(z.array(id)),
  /** The complaint heads this finding answers. */
  heads: opt(z.array(id)),
});

export const dismissalSchema = z.strictObject({
  rule: nonEmptyText.max(100),
  date: calendarDate,
  reason: nonEmptyText.max(5000),
});

export const remedyPaymentSchema = z
  .strictObject({
    id,
    kind: z.enum(SYMBOLIC_PAYMENT_KINDS),
    to: id,
    by: id,
    amount: opt(pence),
    perMonth: opt(pence),
    months: opt(positiveInt.max(1200)),
    reason: opt(text.max(5000)),
    /** The findings this payment remedies. */
    findings: opt(z.array(id)),
  })
  .superRefine((p, ctx) => {
    const lump = p.amount !== undefined;
    const monthly = p.perMonth !== undefined || p.months !== undefined;
    if (lump && monthly)
      ctx.addIssue({
        code: 'custom',
        message: 'give either amount, or perMonth and months, not both',
        path: ['amount'],
      });
    else if (!lump && !monthly)
      ctx.addIssue({ code: 'custom', message: 'needs an amount, or perMonth and months', path: ['amount'] });
    else if (monthly && (p.perMonth === undefined || p.months === undefined))
      ctx.addIssue({
        code: 'custom',
        message: 'perMonth and months go together',
        path: [p.perMonth === undefined ? 'perMonth' : 'months'],
      });
  });

export const actionSchema = z
  .strictObject({
    id,
    kind: z.enum(ACTION_KINDS),
    by: z.array(id).min(1, { message: 'must name at least one organisation' }),
    text: opt(text.max(5000)),
    withinDays: opt(positiveInt.max(3650)),
    withinWorkingDays: opt(positiveInt.max(2600)),
    status: opt(z.enum(ACTION_STATUSES)),
    /** The findings this action remedies. */
    findings: opt(z.array(id)),
  })
  .refine((a) => a.withinDays === undefined || a.withinWorkingDays === undefined, {
    message: 'give at most one of withinDays and withinWorkingDays',
    path: ['withinWorkingDays'],
  });

export const apportionmentSchema = z.strictObject({
  org: id,
  percent: z.number().int({ message: 'must be a whole percentage' }).min(0).max(100),
  /** The findings of financial loss this body's share of the refund remedies. */
  findings: opt(z.array(id)),
});

export const remedySchema = z.strictObject({
  interestRatePercent: opt(
    z
      .number()
      .min(0, { message: 'must not be negative' })
      .max(100)
      .refine((r) => Number.isInteger(Math.round(r * 100)) && Math.abs(r * 100 - Math.round(r * 100)) < 1e-9, {
        message: 'at most 2 decimal places',
      }),
  ),
  interestReason: opt(text.max(5000)),
  apportionment: opt(
    z.array(apportionmentSchema).refine((a) => a.length === 0 || a.reduce((s, x) => s + x.percent, 0) === 100, {
      message: 'percentages must add up to 100',
    }),
  ),
  payments: opt(z.array(remedyPaymentSchema)),
  actions: opt(z.array(actionSchema)),
});

export const caseFileSchema = z.strictObject({
  format: z.literal(CASE_FILE_FORMAT, { error: `must be "${CASE_FILE_FORMAT}"` }),
  version: z.literal(CASE_FILE_VERSION),
  case: caseSchema,
  people: z.array(personSchema),
  organisations: z.array(organisationSchema),
  events: z.array(eventSchema),
  payments: opt(z.array(paymentSchema)),
  offsets: opt(z.array(offsetSchema)),
  evidence: opt(z.array(evidenceSchema)),
  findings: opt(z.array(findingSchema)),
  dismissals: opt(z.array(dismissalSchema)),
  remedy: opt(remedySchema),
  complaint: opt(complaintSchema),
});

export type CaseFile = z.infer<typeof caseFileSchema>;
export type CaseFileCase = CaseFile['case'];
export type CaseFilePerson = CaseFile['people'][number];
export type CaseFileOrganisation = CaseFile['organisations'][number];
export type CaseFileEvent = CaseFile['events'][number];
export type CaseFileCitation = z.infer<typeof citationSchema>;
export type CaseFileResidence = z.infer<typeof residenceSchema>;
export type CaseFilePayment = z.infer<typeof paymentSchema>;
export type CaseFileOffset = z.infer<typeof offsetSchema>;
export type CaseFileEvidence = z.infer<typeof evidenceSchema>;
export type CaseFileFinding = z.infer<typeof findingSchema>;
export type CaseFileDismissal = z.infer<typeof dismissalSchema>;
export type CaseFileRemedy = z.infer<typeof remedySchema>;
export type CaseFileRemedyPayment = z.infer<typeof remedyPaymentSchema>;
export type CaseFileAction = z.infer<typeof actionSchema>;
export type CaseFileComplaint = z.infer<typeof complaintSchema>;
export type CaseFileComplaintHead = z.infer<typeof complaintHeadSchema>;
export type CaseFileComplaintScope = z.infer<typeof complaintScopeSchema>;
/** An event of one type, with that type's extra fields. */
export type EventOf<T extends EventType> = Extract<CaseFileEvent, { type: T }>;
