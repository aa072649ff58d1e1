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

export const chronologyChannels = {
  'events.list': channel(z.strictObject({ caseId }), eventList),
  'events.create': channel(z.strictObject({ caseId, event: eventFields }), eventSchema),
  'events.update': channel(z.strictObject({ caseId, eventId, event: eventFields }), eventSchema),
  'events.delete': channel(z.strictObject({ caseId, eventId }), z.object({ deleted: z.literal(true) })),
  'events.move': channel(z.strictObject({ caseId, eventId, direction: z.enum(['up', 'down']) }), eventList),
};
