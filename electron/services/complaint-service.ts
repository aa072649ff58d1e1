// The complaint on a case: read, and saved whole (heads, desired outcomes, scope), checked
// against the case's organisations and audited in words in the same transaction.
import type { Db } from '../store/db';
import { getCase } from '../store/cases-repo';
import { getComplaint, setComplaint } from '../store/case-extras-repo';
import { nextId } from '../store/ids';
import { createMutator } from '../store/mutate';
import { AppError } from '../errors';
import type { Complaint, ComplaintDraft } from '../../shared/ipc/channels/complaint';
import type { FieldIssue } from '../../shared/validation/issues';

export interface ComplaintService {
  get(caseId: string): Complaint;
  save(caseId: string, draft: ComplaintDraft): Complaint;
}

export function createComplaintService(db: Db, actor: () => string, now: () => Date): ComplaintService {
  const mutate = createMutator({ db, actor, now });
  const get = (caseId: string): Complaint => {
    getCase(db, caseId);
    const stored = getComplaint(db, caseId);
    return { heads: stored?.heads ?? [], desiredOutcomes: stored?.desiredOutcomes ?? [], scope: stored?.scope ?? [] };
  };
  return {
    get,
    save(caseId, draft) {
      const c = getCase(db, caseId);
      const orgs = new Set(c.organisations.map((o) => o.id));
      const issues: FieldIssue[] = [];
      draft.heads.forEach((h, i) =>
        h.orgs.forEach((o, j) => {
          if (!orgs.has(o))
            issues.push({ path: `heads[${i}].orgs[${j}]`, message: `no organisation "${o}" on this case` });
        }),
      );
      const scoped = new Set<string>();
      (draft.scope ?? []).forEach((s, i) => {
        if (!orgs.has(s.org))
          issues.push({ path: `scope[${i}].org`, message: `no organisation "${s.org}" on this case` });
        if (scoped.has(s.org)) issues.push({ path: `scope[${i}].org`, message: 'this organisation is listed twice' });
        scoped.add(s.org);
      });
      if (issues.length > 0)
        throw new AppError(
          'invalid_input',
          `The complaint was not saved: ${issues[0]!.path}: ${issues[0]!.message}`,
          issues,
        );
      const before = get(caseId);
      const ids = new Set(draft.heads.flatMap((h) => (h.id ? [h.id] : [])));
      const heads = draft.heads.map((h) => {
        const id = h.id ?? nextId('h', ids);
        ids.add(id);
        return { id, orgs: [...new Set(h.orgs)], text: h.text };
      });
      const complaint: Complaint = { heads, desiredOutcomes: draft.desiredOutcomes ?? [], scope: draft.scope ?? [] };
      if (JSON.stringify(complaint) === JSON.stringify(before)) return before;
      mutate((change) => {
        setComplaint(db, caseId, complaint);
        change.audit({
          caseId,
          action: 'update',
          entity: 'complaint',
          entityId: caseId,
          summary: `Recorded the complaint: ${heads.length} head${heads.length === 1 ? '' : 's'}, ${complaint.desiredOutcomes.length} outcome${complaint.desiredOutcomes.length === 1 ? '' : 's'} wanted, ${complaint.scope.length} bod${complaint.scope.length === 1 ? 'y' : 'ies'} scoped out`,
          before,
          after: complaint,
        });
      });
      return get(caseId);
    },
  };
}
