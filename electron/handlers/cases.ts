// Handlers for the case channels.
import type { HandlerGroup } from './types';

export const caseHandlers: HandlerGroup<
  'cases.list' | 'cases.get' | 'cases.create' | 'cases.update' | 'cases.delete' | 'cases.history'
> = {
  'cases.list': (input, { services }) => services.cases.list(input),
  'cases.get': ({ caseId }, { services }) => services.cases.get(caseId),
  'cases.create': ({ draft }, { services }) => services.cases.create(draft),
  'cases.update': ({ caseId, draft, expectedUpdatedAt }, { services }) =>
    services.cases.update(caseId, draft, expectedUpdatedAt),
  'cases.delete': ({ caseId }, { services }) => {
    services.cases.remove(caseId);
    return { deleted: true as const };
  },
  'cases.history': ({ caseId }, { services }) => services.cases.history(caseId),
};
