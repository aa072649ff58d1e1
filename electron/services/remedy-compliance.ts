// Agreed actions as the caseworker tracks them: each action's due date (counted from the final
// decision date, recorded when the final decision is approved; none before that), its status with
// the evidence that it was done, and the cross-case list of what is due soon or overdue.
import type { Db } from '../store/db';
import { casesWithRemedies, latestActionStatus } from '../store/action-status-repo';
import type { CaseFileAction, CaseFileRemedy } from '../../shared/casefile/schema';
import type { CaseDetail } from '../../shared/domain/case';
import { actionDueDate, complianceStatus } from '../../shared/remedies';
import type { ActionView, ComplianceItem } from '../../shared/ipc/channels/remedies';

/**
 * Deadlines count from the final decision only: before it is made, an agreed action has no due
 * date, and a case still at assessment or draft decision is never "due soon" or "overdue".
 */
export function deadlinesFromFor(c: Pick<CaseDetail, 'finalDecisionDate'>): string | null {
  return c.finalDecisionDate ?? null;
}

export type ActionViewOf = (caseId: string, action: CaseFileAction, from: string | null) => ActionView;

/** An action with its due date, its compliance status today, and the evidence it was done. */
export function createActionViews(db: Db, today: () => string): ActionViewOf {
  return (caseId, action, from) => {
    const due = from === null ? null : actionDueDate(action, from);
    const record = latestActionStatus(db, caseId, action.id);
    const current = record && (action.status ?? 'due') === record.status ? record : undefined;
    return {
      action,
      due,
      compliance: complianceStatus(action, due, today()),
      evidence: current?.status === 'done' ? current.evidence : null,
      statusRecordedAt: current?.recorded_at ?? null,
    };
  };
}

/** Every case's agreed actions that are due soon or overdue (or all), overdue first, then by date. */
export function listCompliance(
  db: Db,
  actionView: ActionViewOf,
  day: string,
  options: { all?: boolean } = {},
): { today: string; items: ComplianceItem[] } {
  const rows = casesWithRemedies(db);
  const items: ComplianceItem[] = [];
  for (const row of rows) {
    const remedy = JSON.parse(row.json) as CaseFileRemedy;
    if (!remedy.actions?.length) continue;
    const orgs = row.orgs;
    const from = deadlinesFromFor({ finalDecisionDate: row.final_decision_date });
    if (from === null) continue;
    for (const action of remedy.actions) {
      const view = actionView(row.id, action, from);
      if (!options.all && view.compliance !== 'due_soon' && view.compliance !== 'overdue') continue;
      items.push({
        caseId: row.id,
        caseReference: row.reference,
        caseTitle: row.title,
        actionId: action.id,
        kind: action.kind,
        text: action.text?.trim() || null,
        by: action.by.map((id) => ({ id, name: orgs.get(id) ?? id })),
        due: view.due,
        status: view.compliance,
        evidence: view.evidence,
      });
    }
  }
  const rank = (i: ComplianceItem) => (i.status === 'overdue' ? 0 : i.status === 'done' ? 2 : 1);
  items.sort((a, b) => rank(a) - rank(b) || (a.due ?? '9999').localeCompare(b.due ?? '9999'));
  return { today: day, items };
}
