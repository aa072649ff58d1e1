// The shape of the remedy calculator's result — `s117 remedy FILE --json` (CASEFILE.md
// "Remedy output"). Amounts are integer pence; key order here is the printed key order.
import { z } from 'zod';
import { SYMBOLIC_PAYMENT_KINDS } from '../domain/vocabulary';

const pence = z.number().int().min(0);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const lossItemSchema = z.strictObject({
  payment: z.string(),
  gross: pence,
  offset: pence,
  net: pence,
  days: z.number().int().min(0),
  interest: pence,
});

export const remedyOutputSchema = z.strictObject({
  financialLoss: z.strictObject({
    items: z.array(lossItemSchema),
    gross: pence,
    offsets: pence,
    net: pence,
    interest: pence,
    total: pence,
  }),
  byOrganisation: z.record(z.string(), pence),
  byRecipient: z.record(z.string(), pence),
  payments: z.array(
    z.strictObject({
      id: z.string(),
      kind: z.enum(SYMBOLIC_PAYMENT_KINDS),
      to: z.string(),
      by: z.string(),
      amount: pence,
    }),
  ),
  total: pence,
  deadlines: z.array(z.strictObject({ action: z.string(), due: date.nullable() })),
});

export type RemedyOutput = z.infer<typeof remedyOutputSchema>;
export type LossItem = z.infer<typeof lossItemSchema>;

/**
 * Where paid-for services count as financial loss: on or after entitlementFrom and inside one
 * of the windows (both ends inclusive). Computed from the chronology by the duty engine
 * (shared/s117), consumed by the calculator (shared/remedies).
 */
export interface LossWindows {
  entitlementFrom: string | null;
  windows: Array<{ from: string; to: string }>;
}
