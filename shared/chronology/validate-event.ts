// Checks one event against the case it belongs to: the case-file schema for its type, the
// organisations it names, and each citation's evidence and page (a page past the document's
// last page is refused). Messages name the field: `citations[0].page: …`.
import { eventSchema, type CaseFileEvent } from '../casefile/schema';
import { toFieldIssues, type FieldIssue } from '../validation/issues';

export interface EventContext {
  orgIds: ReadonlySet<string>;
  /** Evidence id → its page count. */
  evidencePages: ReadonlyMap<string, number>;
  evidenceTitles?: ReadonlyMap<string, string>;
}

export type EventValidation = { ok: true; event: CaseFileEvent } | { ok: false; issues: FieldIssue[] };

export function validateEvent(raw: unknown, ctx: EventContext): EventValidation {
  const parsed = eventSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, issues: toFieldIssues(parsed.error) };
  const event = parsed.data;
  const issues: FieldIssue[] = [];
  const org = (path: string, id: string | undefined) => {
    if (id !== undefined && !ctx.orgIds.has(id)) issues.push({ path, message: `no organisation "${id}" in this case` });
  };
  org('org', event.org);
  if (event.type === 'detention' && event.residence)
    for (const key of [
      'council',
      'gpCommissioner',
      'ordinaryResidenceCommissioner',
      'usualResidenceCommissioner',
    ] as const)
      org(`residence.${key}`, event.residence[key]);
  if (event.type === 's117_ended') event.decidedBy?.forEach((id, i) => org(`decidedBy[${i}]`, id));
  if (event.type === 'funding_dispute') {
    event.orgs?.forEach((id, i) => org(`orgs[${i}]`, id));
    if (event.to !== undefined && event.to < event.date)
      issues.push({ path: 'to', message: 'the dispute cannot be settled before it began' });
  }
  event.citations?.forEach((c, i) => {
    const pages = ctx.evidencePages.get(c.evidence);
    if (pages === undefined) {
      issues.push({ path: `citations[${i}].evidence`, message: `no evidence "${c.evidence}" in this case` });
      return;
    }
    const title = ctx.evidenceTitles?.get(c.evidence) ?? c.evidence;
    for (const [key, page] of [
      ['page', c.page],
      ['pageEnd', c.pageEnd],
    ] as const)
      if (page !== undefined && page > pages)
        issues.push({
          path: `citations[${i}].${key}`,
          message: `“${title}” has ${pages} page${pages === 1 ? '' : 's'}; there is no page ${page}`,
        });
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, event };
}
