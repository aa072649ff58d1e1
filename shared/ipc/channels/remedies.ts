// IPC channels for remedies: payments the person made and what offsets them, the investigator's
// remedy choices (interest, apportionment, symbolic payments, agreed actions), the calculator's
// result in numbers and words, action status with evidence of compliance, the cross-case list of
// actions due soon or overdue, and the team's own reference points for symbolic payments.
// Money crosses as integer pence. Items are checked in the main process against the case-file
// schemas and the case, so their fields here are loose and errors come back naming
// `payment.<field>`, `offset.<field>`, `choices.<field>`, `action.<field>`.
import { z } from 'zod';
import {
  actionSchema,
  calendarDate,
  offsetSchema,
  paymentSchema,
  remedyPaymentSchema,
  remedySchema,
} from '../../casefile/schema';
import { remedyOutputSchema } from '../../remedies/remedy-output';
import { ACTION_KINDS, OFFSET_KINDS, SYMBOLIC_PAYMENT_KINDS } from '../../domain/vocabulary';
import { channel } from '../channel';

const caseId = z.string().min(1).max(100);
const itemId = z.string().min(1).max(100);
const fields = z.record(z.string(), z.unknown());
const deleted = z.object({ deleted: z.literal(true) });
const pence = z.number().int().min(0);

/** The organisation key under which a financial loss not yet split between bodies is shown. */
export const UNAPPORTIONED = '*unapportioned';

const COMPLIANCE_STATUSES = ['due', 'due_soon', 'overdue', 'done'] as const;

export const remedyExplanationSchema = z.object({
  asAt: z.string(),
  deadlinesFrom: z.string(),
  interestBasisPoints: z.number().int(),
  items: z.array(z.object({ item: z.string(), payment: z.string(), date: z.string(), paidBy: z.string() })),
  excluded: z.array(
    z.object({
      item: z.string(),
      payment: z.string(),
      date: z.string(),
      amount: pence,
      reason: z.enum(['not_mental_health_need', 'no_entitlement', 'before_entitlement', 'outside_loss_window']),
    }),
  ),
  offsets: z.array(
    z.object({
      offset: z.string(),
      kind: z.enum(OFFSET_KINDS),
      amount: pence,
      applied: z.array(z.object({ item: z.string(), amount: pence })),
      unapplied: pence,
    }),
  ),
  apportionment: z.array(z.object({ org: z.string(), percent: z.number(), amount: pence })),
});

export const remedyWordsSchema = z.object({
  financialLoss: z.array(z.string()),
  payments: z.array(z.string()),
  byOrganisation: z.array(z.string()),
  byRecipient: z.array(z.string()),
});

/** An agreed action with its due date, where it stands today, and the evidence it was done. */
export const actionViewSchema = z.object({
  action: actionSchema,
  due: z.string().nullable(),
  compliance: z.enum(COMPLIANCE_STATUSES),
  /** What shows it was done (recorded with "mark done"), else null. */
  evidence: z.string().nullable(),
  /** When the current status was recorded (ISO timestamp), else null. */
  statusRecordedAt: z.string().nullable(),
});
export type ActionView = z.infer<typeof actionViewSchema>;

export const remedyViewSchema = z.object({
  asAt: z.string(),
  /** The date agreed actions count from: the final decision date, else asAt. */
  deadlinesFrom: z.string(),
  payments: z.array(paymentSchema),
  offsets: z.array(offsetSchema),
  remedy: remedySchema,
  /**
   * The calculator's output, or its refusal. When the refusal is "apportionment needed",
   * `provisional` is the same calculation with the loss left unsplit (under UNAPPORTIONED).
   */
  result: z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), output: remedyOutputSchema }),
    z.object({
      ok: z.literal(false),
      code: z.enum(['apportionment_needed', 'invalid_input']),
      message: z.string(),
      provisional: remedyOutputSchema.nullable(),
    }),
  ]),
  /** How the output (or the provisional output) was reached; null when there is none. */
  explanation: remedyExplanationSchema.nullable(),
  /** The plain-language sentences (describeRemedy); null when there is no output. */
  words: remedyWordsSchema.nullable(),
  actions: z.array(actionViewSchema),
});
export type RemedyView = z.infer<typeof remedyViewSchema>;

export const complianceItemSchema = z.object({
  caseId: z.string(),
  caseReference: z.string().nullable(),
  caseTitle: z.string(),
  actionId: z.string(),
  kind: z.enum(ACTION_KINDS),
  text: z.string().nullable(),
  by: z.array(z.object({ id: z.string(), name: z.string() })),
  due: z.string().nullable(),
  status: z.enum(COMPLIANCE_STATUSES),
  evidence: z.string().nullable(),
});
export type ComplianceItem = z.infer<typeof complianceItemSchema>;

/** A symbolic-payment amount a team keeps as its own reference point (never a tariff). */
export const teamReferencePointSchema = z
  .strictObject({
    kind: z.enum(SYMBOLIC_PAYMENT_KINDS),
    amount: pence.max(100_000_000).optional(),
    perMonth: pence.max(100_000_000).optional(),
    source: z.string().trim().min(1, { message: 'say where this amount was seen' }).max(500),
  })
  .refine((p) => (p.amount === undefined) !== (p.perMonth === undefined), {
    message: 'give either a lump sum or a monthly amount',
    path: ['amount'],
  });
export type TeamReferencePoint = z.infer<typeof teamReferencePointSchema>;

const builtInReferencePointSchema = z.object({
  kind: z.enum(SYMBOLIC_PAYMENT_KINDS),
  amount: pence.optional(),
  perMonth: pence.optional(),
  source: z.string(),
});

const referencePointsSchema = z.object({
  builtIn: z.array(builtInReferencePointSchema),
  team: z.array(teamReferencePointSchema),
});

export const remedyChannels = {
  'remedy.get': channel(z.strictObject({ caseId, asAt: calendarDate.optional() }), remedyViewSchema),
  /** Creates a payment (no id: m1, m2… is given) or replaces the one with payment.id. */
  'payments.save': channel(z.strictObject({ caseId, payment: fields }), paymentSchema),
  'payments.delete': channel(z.strictObject({ caseId, paymentId: itemId }), deleted),
  'offsets.save': channel(z.strictObject({ caseId, offset: fields }), offsetSchema),
  'offsets.delete': channel(z.strictObject({ caseId, offsetId: itemId }), deleted),
  /** Interest rate and its reason, and the apportionment; fields left out are left as they are. */
  'remedy.saveChoices': channel(z.strictObject({ caseId, choices: fields }), remedySchema),
  'remedy.savePayment': channel(z.strictObject({ caseId, payment: fields }), remedyPaymentSchema),
  'remedy.deletePayment': channel(z.strictObject({ caseId, paymentId: itemId }), deleted),
  'remedy.saveAction': channel(z.strictObject({ caseId, action: fields }), actionSchema),
  'remedy.deleteAction': channel(z.strictObject({ caseId, actionId: itemId }), deleted),
  'remedy.setActionStatus': channel(
    z.strictObject({
      caseId,
      actionId: itemId,
      status: z.enum(['due', 'done', 'overdue']),
      evidence: z.string().max(5000).optional(),
    }),
    actionViewSchema,
  ),
  'compliance.list': channel(
    z.strictObject({ all: z.boolean().optional() }),
    z.object({ today: z.string(), items: z.array(complianceItemSchema) }),
  ),
  'remedy.referencePoints.list': channel(z.strictObject({}), referencePointsSchema),
  'remedy.referencePoints.save': channel(
    z.strictObject({ points: z.array(teamReferencePointSchema).max(200) }),
    referencePointsSchema,
  ),
};
