// IPC channels for the duties panel and the findings: the duty check with each duty's status
// and flags (dismissed ones marked, accepted ones linked to their findings), findings per
// organisation, accepting a flag as a finding, and dismissing or restoring a flag. A finding's
// fields are loose here: the main process checks them against the case-file schema and the
// case, so its errors come back naming `finding.<field>`.
import { z } from 'zod';
import { calendarDate, findingSchema } from '../../casefile/schema';
import { checkOutputSchema, flagSchema, type Flag } from '../../s117/check-output';
import { DATE_PRECISIONS, EVENT_TYPES, INJUSTICE_KINDS } from '../../domain/vocabulary';
import { channel } from '../channel';

const caseId = z.string().min(1, { message: 'a case id is required' }).max(100);
const findingId = z.string().min(1).max(100);
const rule = z.string().trim().min(1, { message: 'name the rule' }).max(100);
const findingFields = z.record(z.string(), z.unknown());
const deleted = z.object({ deleted: z.literal(true) });

/** Who dismissed a flag and when, from the audit log (null for dismissals imported with a case file). */
export const dismissalRecordSchema = z.object({
  rule: z.string(),
  date: z.string(),
  reason: z.string(),
  by: z.string().nullable(),
  at: z.string().nullable(),
});

/** A flag as the duties panel shows it: dismissed or live, and the findings it became. */
export const dutyFlagSchema = flagSchema.extend({
  dismissal: dismissalRecordSchema.nullable(),
  findings: z.array(z.string()),
});

export const DUTY_STATUS_VALUES = ['met', 'not_met', 'not_evidenced', 'not_applicable'] as const;

export const dutyRowSchema = z.object({
  id: z.string(),
  title: z.string(),
  citation: z.string(),
  ruleIds: z.array(z.string()),
  status: z.enum(DUTY_STATUS_VALUES),
  /** Live flags first (as dutyStatuses gives them), then dismissed ones. */
  flags: z.array(dutyFlagSchema),
  events: z.array(z.string()),
});

/** An event as the panel cites it: its date, type and the evidence pages behind it. */
export const eventSummarySchema = z.object({
  id: z.string(),
  date: z.string(),
  precision: z.enum(DATE_PRECISIONS),
  type: z.enum(EVENT_TYPES),
  /** "15/04/2019 Discharge from hospital". */
  label: z.string(),
  text: z.string().nullable(),
  /** "Care plan, p. 3". */
  citations: z.array(z.string()),
});

export const dutiesCheckSchema = z.object({
  asAt: z.string(),
  check: checkOutputSchema,
  duties: z.array(dutyRowSchema),
  /** Flags of rules that belong to no duty (eligibility, section 17 leave, a late complaint). */
  otherFlags: z.array(dutyFlagSchema),
  dismissals: z.array(dismissalRecordSchema),
  events: z.array(eventSummarySchema),
});

const acceptedWording = z.strictObject({
  fault: z.string().max(20000).optional(),
  injustice: z.array(z.enum(INJUSTICE_KINDS)).optional(),
  causation: z.string().max(20000).nullable().optional(),
  /** Who suffered the injustice (people's ids); absent: the person the aftercare was for. */
  injusticeTo: z.array(z.string().min(1).max(100)).optional(),
  /** The complaint heads the finding answers. */
  heads: z.array(z.string().min(1).max(100)).optional(),
});

export const findingsChannels = {
  'duties.check': channel(z.strictObject({ caseId, asAt: calendarDate.nullable().optional() }), dutiesCheckSchema),
  'findings.list': channel(z.strictObject({ caseId }), z.array(findingSchema)),
  'findings.create': channel(z.strictObject({ caseId, finding: findingFields }), findingSchema),
  'findings.update': channel(z.strictObject({ caseId, findingId, finding: findingFields }), findingSchema),
  'findings.delete': channel(z.strictObject({ caseId, findingId }), deleted),
  'findings.acceptFlag': channel(
    z.strictObject({
      caseId,
      rule,
      date: calendarDate,
      org: z.string().min(1, { message: 'choose the organisation at fault' }).max(100),
      asAt: calendarDate.nullable().optional(),
      finding: acceptedWording.optional(),
    }),
    findingSchema,
  ),
  'flags.dismiss': channel(
    z.strictObject({
      caseId,
      rule,
      date: calendarDate,
      reason: z.string().trim().min(1, { message: 'Give a reason for dismissing the flag' }).max(5000),
    }),
    dismissalRecordSchema,
  ),
  'flags.restore': channel(z.strictObject({ caseId, rule, date: calendarDate }), deleted),
};

export type DutiesCheck = z.infer<typeof dutiesCheckSchema>;
export type DutyRow = z.infer<typeof dutyRowSchema>;
export type DutyFlag = z.infer<typeof dutyFlagSchema>;
export type DismissalRecord = z.infer<typeof dismissalRecordSchema>;
export type EventSummary = z.infer<typeof eventSummarySchema>;

/** The fault a flag becomes when accepted as a finding, before the investigator edits it. */
export function faultFromFlag(flag: Pick<Flag, 'message' | 'citation'>): string {
  return `${flag.message} Relevant standard: ${flag.citation}`;
}
