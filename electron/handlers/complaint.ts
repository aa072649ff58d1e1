// Handlers for the complaint channels.
import type { HandlerGroup } from './types';

export const complaintHandlers: HandlerGroup<'complaint.get' | 'complaint.save'> = {
  'complaint.get': ({ caseId }, { services }) => services.complaint.get(caseId),
  'complaint.save': ({ caseId, complaint }, { services }) => services.complaint.save(caseId, complaint),
};
