// An entry of a case's history as the UI shows it: when, who, and what changed in words.
import { z } from 'zod';

export const historyEntrySchema = z.object({
  seq: z.number(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  entity: z.string(),
  summary: z.string(),
  changes: z.array(z.string()),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
