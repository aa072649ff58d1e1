// IPC channels for cases: list, read, create, update, delete, history.
import { z } from 'zod';
import { CASE_SORTS, caseDetailSchema, caseDraftSchema, caseSummarySchema } from '../../domain/case';
import { historyEntrySchema } from '../../domain/audit';
import { STAGES } from '../../domain/vocabulary';
import { channel } from '../channel';

const caseId = z.string().min(1, { message: 'a case id is required' }).max(100);

export const caseChannels = {
  'cases.list': channel(
    z.strictObject({
      search: z.string().max(200).optional(),
      stage: z.enum(STAGES).nullable().optional(),
      sort: z.enum(CASE_SORTS).optional(),
      /** Only closed cases whose closing is older than the retention setting (due for deletion). */
      dueForDeletion: z.boolean().optional(),
    }),
    z.array(caseSummarySchema),
  ),
  'cases.get': channel(z.strictObject({ caseId }), caseDetailSchema),
  'cases.create': channel(z.strictObject({ draft: caseDraftSchema }), caseDetailSchema),
  'cases.update': channel(
    z.strictObject({ caseId, draft: caseDraftSchema, expectedUpdatedAt: z.string().optional() }),
    caseDetailSchema,
  ),
  'cases.delete': channel(z.strictObject({ caseId }), z.object({ deleted: z.literal(true) })),
  'cases.history': channel(z.strictObject({ caseId }), z.array(historyEntrySchema)),
};
