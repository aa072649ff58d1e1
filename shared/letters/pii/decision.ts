// An investigator's decision on one identifying detail, as the IPC contract, the store and the
// CLI's review file take it: replace it (with what) or keep it (and why). No detector here, so
// the contract (and the preload that imports it) does not pull in the English model.
import { z } from 'zod';
import { PII_KINDS } from './types';

export const piiDecisionSchema = z.discriminatedUnion('action', [
  z.strictObject({
    text: z.string().trim().min(1, { message: 'the detail’s text is required' }).max(500),
    kind: z.enum(PII_KINDS).optional(),
    action: z.literal('replace'),
    replacement: z.string().max(500),
  }),
  z.strictObject({
    text: z.string().trim().min(1, { message: 'the detail’s text is required' }).max(500),
    kind: z.enum(PII_KINDS).optional(),
    action: z.literal('keep'),
    reason: z.string().trim().min(1, { message: 'say why it may be published' }).max(1000),
  }),
]);
export type PiiDecision = z.infer<typeof piiDecisionSchema>;

/** The key a decision and a detection share: the text with its spacing made uniform. */
export const detailKey = (text: string) => text.replace(/\s+/g, ' ').trim();
