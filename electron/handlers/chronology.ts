// Handlers for the chronology channels.
import type { HandlerGroup } from './types';

export const chronologyHandlers: HandlerGroup<
  'events.list' | 'events.create' | 'events.update' | 'events.delete' | 'events.move' | 'chronology.evidenceOptions'
> = {
  'events.list': ({ caseId }, { services }) => services.chronology.list(caseId),
  'events.create': ({ caseId, event }, { services }) => services.chronology.create(caseId, event),
  'events.update': ({ caseId, eventId, event }, { services }) => services.chronology.update(caseId, eventId, event),
  'events.delete': ({ caseId, eventId }, { services }) => {
    services.chronology.remove(caseId, eventId);
    return { deleted: true as const };
  },
  'events.move': ({ caseId, eventId, direction }, { services }) => services.chronology.move(caseId, eventId, direction),
  'chronology.evidenceOptions': ({ caseId }, { services }) => {
    services.cases.get(caseId);
    return services.evidence
      .list(caseId)
      .map(({ id, title, pageCount, parentId }) => ({ id, title, pageCount, parentId }));
  },
};
