// Handlers for the duties panel and the findings channels.
import type { HandlerGroup } from './types';

export const findingsHandlers: HandlerGroup<
  | 'duties.check'
  | 'findings.list'
  | 'findings.create'
  | 'findings.update'
  | 'findings.delete'
  | 'findings.acceptFlag'
  | 'flags.dismiss'
  | 'flags.restore'
> = {
  'duties.check': ({ caseId, asAt }, { services }) => services.findings.check(caseId, asAt),
  'findings.list': ({ caseId }, { services }) => services.findings.list(caseId),
  'findings.create': ({ caseId, finding }, { services }) => services.findings.create(caseId, finding),
  'findings.update': ({ caseId, findingId, finding }, { services }) =>
    services.findings.update(caseId, findingId, finding),
  'findings.delete': ({ caseId, findingId }, { services }) => {
    services.findings.remove(caseId, findingId);
    return { deleted: true as const };
  },
  'findings.acceptFlag': ({ caseId, rule, date, org, asAt, finding }, { services }) =>
    services.findings.acceptFlag(caseId, { rule, date, org, asAt }, finding),
  'flags.dismiss': ({ caseId, rule, date, reason }, { services }) =>
    services.findings.dismissFlag(caseId, rule, date, reason),
  'flags.restore': ({ caseId, rule, date }, { services }) => {
    services.findings.restoreFlag(caseId, rule, date);
    return { deleted: true as const };
  },
};
