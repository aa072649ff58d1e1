// IPC channels for case files: import one (File > Import case file) and export one. Without a
// path, the main process asks the user with the host's file dialog.
import { z } from 'zod';
import { caseDetailSchema } from '../../domain/case';
import { channel } from '../channel';

const path = z.string().min(1).max(4000);
/** An id the renderer picks for an archive job, so it can follow it (jobs.status) and cancel it. */
const jobId = z.string().uuid().optional();

export const caseFileChannels = {
  'casefile.import': channel(
    z.strictObject({ path: path.optional(), asNew: z.boolean().optional() }),
    z.union([
      z.object({ cancelled: z.literal(true) }),
      z.object({
        cancelled: z.literal(false),
        caseDetail: caseDetailSchema,
        events: z.number(),
        evidence: z.number(),
        messages: z.array(z.string()),
      }),
    ]),
  ),
  'casefile.export': channel(
    z.strictObject({ caseId: z.string().min(1).max(100), path: path.optional() }),
    z.union([
      z.object({ cancelled: z.literal(true) }),
      z.object({ cancelled: z.literal(false), path: z.string(), evidenceFiles: z.number() }),
    ]),
  ),
  'archive.export': channel(
    z.strictObject({ caseId: z.string().min(1).max(100), path: path.optional(), jobId }),
    z.union([
      z.object({ cancelled: z.literal(true) }),
      z.object({ cancelled: z.literal(false), path: z.string(), files: z.number() }),
    ]),
  ),
  'archive.import': channel(
    z.strictObject({ path: path.optional(), asNew: z.boolean().optional(), jobId }),
    z.union([
      z.object({ cancelled: z.literal(true) }),
      z.object({
        cancelled: z.literal(false),
        caseDetail: caseDetailSchema,
        events: z.number(),
        evidence: z.number(),
        messages: z.array(z.string()),
      }),
    ]),
  ),
};
