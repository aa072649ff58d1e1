// A long job (an evidence import, an OCR run) as the UI follows it: state, progress, result.
import { z } from 'zod';

export const jobProgressSchema = z.object({
  /** Overall fraction done, 0–1. */
  fraction: z.number(),
  /** What is happening now, in words: "Reading page 12 of 40 of care-plan.pdf". */
  message: z.string(),
  /** Per item (file) progress, in order. */
  items: z.array(
    z.object({ label: z.string(), fraction: z.number(), state: z.enum(['waiting', 'working', 'done', 'failed']) }),
  ),
});

export const jobStatusSchema = z.object({
  id: z.string(),
  kind: z.string(),
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  progress: jobProgressSchema,
  /** The job's result when done (its shape depends on the kind). */
  result: z.unknown().optional(),
  error: z.string().optional(),
});

export type JobProgress = z.infer<typeof jobProgressSchema>;
export type JobStatus = z.infer<typeof jobStatusSchema>;
