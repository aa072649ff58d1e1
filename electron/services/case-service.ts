// Case operations over the store: what the handlers and the CLI call.
import type { Db } from '../store/db';
import { createCase, findCaseByIdOrReference, getCase, listCases, updateCase } from '../store/cases-repo';
import { purgeCase } from '../store/purge-case';
import { readSetting } from '../store/settings-repo';
import { subYears } from 'date-fns';
import { DEFAULT_RETENTION_YEARS } from '../../shared/ipc/channels/app';
import { createFileStore } from '../evidence/file-store';
import { listAudit } from '../store/audit';
import { describeCaseChanges } from '../../shared/domain/describe-case-changes';
import type { CaseDetail, CaseSort, CaseSummary, ValidCaseDraft } from '../../shared/domain/case';
import type { HistoryEntry } from '../../shared/domain/audit';
import type { Stage } from '../../shared/domain/vocabulary';

export interface CaseService {
  /** `dueForDeletion`: only cases closed longer ago than the retention setting (default 6 years). */
  list(query: { search?: string; stage?: Stage | null; sort?: CaseSort; dueForDeletion?: boolean }): CaseSummary[];
  get(caseId: string): CaseDetail;
  findByIdOrReference(key: string): CaseDetail | null;
  create(draft: ValidCaseDraft): CaseDetail;
  update(caseId: string, draft: ValidCaseDraft, expectedUpdatedAt?: string): CaseDetail;
  remove(caseId: string): void;
  history(caseId: string): HistoryEntry[];
}

export function createCaseService(db: Db, actor: () => string, now: () => Date, dataDir: string): CaseService {
  const store = createFileStore(dataDir);
  return {
    list: ({ dueForDeletion, ...query }) =>
      listCases(db, {
        ...query,
        ...(dueForDeletion
          ? {
              closedBefore: subYears(
                now(),
                readSetting<number>(db, 'retentionYears') ?? DEFAULT_RETENTION_YEARS,
              ).toISOString(),
            }
          : {}),
      }),
    get: (caseId) => getCase(db, caseId),
    findByIdOrReference: (key) => findCaseByIdOrReference(db, key),
    create: (draft) => createCase(db, actor(), draft, now()),
    update: (caseId, draft, expectedUpdatedAt) =>
      updateCase(db, actor(), caseId, draft, { now: now(), expectedUpdatedAt }),
    remove: (caseId) => {
      purgeCase(db, { actor: actor(), caseId, now: now(), pathOfStoredFile: (sha) => store.pathOf(sha) });
    },
    history: (caseId) => {
      getCase(db, caseId);
      return listAudit(db, caseId).map((e) => ({
        seq: e.seq,
        at: e.at,
        actor: e.actor,
        action: e.action,
        entity: e.entity,
        // An edit's changes are listed one by one below its summary.
        summary: e.entity === 'case' && e.summary.startsWith('Edited the case') ? 'Edited the case' : e.summary,
        changes:
          e.entity === 'case' && e.action === 'update' && e.before && e.after
            ? describeCaseChanges(e.before as CaseDetail, e.after as CaseDetail)
            : [],
      }));
    },
  };
}
