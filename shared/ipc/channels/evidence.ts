// IPC channels for evidence: import (a long job), list, read, pages, metadata, search, re-run
// OCR; and the job channels the renderer polls. The original files themselves reach the viewer
// by URL (`evidence-file/<sha256>`), not through invoke.
import { z } from 'zod';
import { calendarDate } from '../../casefile/schema';
import {
  evidenceDetailSchema,
  evidencePageSchema,
  evidenceSearchResultSchema,
  evidenceSummarySchema,
} from '../../domain/evidence';
import { jobStatusSchema } from '../../domain/job';
import { channel } from '../channel';

const caseId = z.string().min(1).max(100);
const evidenceId = z.string().min(1).max(100);
const jobStarted = z.union([
  z.object({ cancelled: z.literal(true) }),
  z.object({ cancelled: z.literal(false), jobId: z.string() }),
]);

export const evidenceChannels = {
  'evidence.import': channel(
    z.strictObject({ caseId, paths: z.array(z.string().min(1).max(4000)).min(1).max(1000).optional() }),
    jobStarted,
  ),
  'evidence.list': channel(z.strictObject({ caseId }), z.array(evidenceSummarySchema)),
  'evidence.get': channel(z.strictObject({ caseId, evidenceId }), evidenceDetailSchema),
  'evidence.pages': channel(
    z.strictObject({
      caseId,
      evidenceId,
      from: z.number().int().min(1).optional(),
      to: z.number().int().min(1).optional(),
    }),
    z.array(evidencePageSchema),
  ),
  'evidence.update': channel(
    z.strictObject({
      caseId,
      evidenceId,
      patch: z.strictObject({
        title: z.string().trim().min(1, { message: 'Enter a title' }).max(300).optional(),
        documentDate: calendarDate.nullable().optional(),
        authorOrg: z.string().max(100).nullable().optional(),
        tags: z.array(z.string().trim().min(1).max(100)).max(50).optional(),
        notes: z.string().max(20000).optional(),
      }),
    }),
    evidenceDetailSchema,
  ),
  'evidence.search': channel(
    z.strictObject({
      query: z.string().max(500),
      caseId: caseId.nullable().optional(),
      limit: z.number().int().min(1).max(500).optional(),
    }),
    evidenceSearchResultSchema,
  ),
  'evidence.rerunOcr': channel(z.strictObject({ caseId, evidenceId, allPages: z.boolean().optional() }), jobStarted),
  'jobs.status': channel(z.strictObject({ jobId: z.string().min(1).max(100) }), jobStatusSchema),
  'jobs.cancel': channel(z.strictObject({ jobId: z.string().min(1).max(100) }), jobStatusSchema),
};
