// IPC channels for the review before an anonymised export: the identifying details the
// publication check finds in a letter or the chronology (with where they are and what was
// decided), deciding on some (replace with…, or keep because…), and taking a decision back.
import { z } from 'zod';
import { PII_KINDS } from '../../letters/pii/types';
import { piiDecisionSchema } from '../../letters/pii/decision';
import { channel } from '../channel';

const caseId = z.string().min(1, { message: 'a case id is required' }).max(100);

export const reviewTargetSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('letter'),
    letterId: z.string().min(1, { message: 'a letter id is required' }).max(100),
  }),
  z.strictObject({ kind: z.literal('chronology') }),
]);

const storedDecisionSchema = z.intersection(
  piiDecisionSchema,
  z.object({ decidedAt: z.string(), decidedBy: z.string() }),
);

export const reviewItemSchema = z.object({
  key: z.string(),
  text: z.string(),
  kind: z.enum(PII_KINDS),
  /** "NHS number", "personal name"… */
  kindLabel: z.string(),
  certainty: z.enum(['certain', 'possible']),
  suggestion: z.string(),
  occurrences: z.array(z.object({ where: z.string(), excerpt: z.string() })),
  status: z.enum(['unresolved', 'replaced', 'kept']),
  decision: storedDecisionSchema.nullable(),
});
export type ReviewItemView = z.infer<typeof reviewItemSchema>;

export const reviewViewSchema = z.object({
  items: z.array(reviewItemSchema),
  /** How many details an export still waits for. */
  unresolved: z.number().int(),
  /** Real names the name anonymiser could not replace (fixed by editing the letter, not here). */
  realNames: z.array(z.string()),
});
export type ReviewView = z.infer<typeof reviewViewSchema>;

export const anonymiseChannels = {
  'anonymise.review': channel(z.strictObject({ caseId, target: reviewTargetSchema }), reviewViewSchema),
  'anonymise.decide': channel(
    z.strictObject({
      caseId,
      target: reviewTargetSchema,
      decisions: z.array(piiDecisionSchema).min(1, { message: 'decide on at least one detail' }).max(1000),
    }),
    reviewViewSchema,
  ),
  'anonymise.undo': channel(
    z.strictObject({ caseId, target: reviewTargetSchema, text: z.string().min(1).max(500) }),
    reviewViewSchema,
  ),
};
