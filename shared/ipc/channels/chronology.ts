// IPC channels for the chronology. The event itself is checked in the main process against the
// case-file schema and the case (organisations, evidence, page counts), so its fields here are
// loose and the errors come back naming `event.<field>`.
import { z } from 'zod';
import { eventSchema } from '../../casefile/schema';
import { channel } from '../channel';

const caseId = z.string().min(1).max(100);
const eventId = z.string().min(1).max(100);
const eventFields = z.record(z.string(), z.unknown());
const eventList = z.array(eventSchema);
/** What a citation picker needs of each evidence item (attachments too, with their email). */
const evidenceOption = z.object({
  id: z.string(),
  title: z.string(),
  pageCount: z.number().int().min(0),
  parentId: z.string().nullable(),
});

export const chronologyChannels = {
  'events.list': channel(z.strictObject({ caseId }), eventList),
  'events.create': channel(z.strictObject({ caseId, event: eventFields }), eventSchema),
  'events.update': channel(z.strictObject({ caseId, eventId, event: eventFields }), eventSchema),
  'events.delete': channel(z.strictObject({ caseId, eventId }), z.object({ deleted: z.literal(true) })),
  'events.move': channel(z.strictObject({ caseId, eventId, direction: z.enum(['up', 'down']) }), eventList),
  'chronology.evidenceOptions': channel(z.strictObject({ caseId }), z.array(evidenceOption)),
};

/** The chronology as a table document (PDF or DOCX), written where the user chooses. */
export const chronologyExportChannels = {
  'chronology.export': channel(
    z.strictObject({
      caseId,
      format: z.enum(['pdf', 'docx']),
      anonymise: z.boolean().optional(),
      path: z.string().min(1).max(4000).optional(),
    }),
    z.union([z.object({ cancelled: z.literal(true) }), z.object({ cancelled: z.literal(false), path: z.string() })]),
  ),
};
