// The duty check and the remedy calculation for a stored case (or any CaseFile): the pure
// engines of shared/ run over the case as its case file, "as at" the date asked, else the
// case's own asAt, else today in London.
import type { Db } from '../store/db';
import { readCaseFile } from '../store/case-file-repo';
import { AppError } from '../errors';
import type { CaseFile } from '../../shared/casefile/schema';
import { checkCase } from '../../shared/s117/check-case';
import type { CheckOutput } from '../../shared/s117/check-output';
import { dutyStatuses, type DutyStatus } from '../../shared/s117/duties';
import { lossWindows } from '../../shared/s117/loss-windows';
import { calculateRemedy } from '../../shared/remedies';
import type { RemedyResult } from '../../shared/remedies';
import { todayInLondon } from '../../shared/dates/calendar-date';

export function resolveAsAt(file: CaseFile, asAt?: string | null, now: Date = new Date()): string {
  return asAt ?? file.case.asAt ?? todayInLondon(now);
}

export function checkFile(file: CaseFile, asAt?: string | null): CheckOutput {
  return checkCase(file, { asAt: resolveAsAt(file, asAt) });
}

export function remedyForFile(file: CaseFile, asAt?: string | null): RemedyResult {
  const at = resolveAsAt(file, asAt);
  return calculateRemedy(file, { asAt: at, lossWindows: lossWindows(file, at) });
}

export interface AnalysisService {
  caseFile(caseId: string): CaseFile;
  check(caseId: string, asAt?: string | null): { asAt: string; check: CheckOutput; duties: DutyStatus[] };
  remedy(caseId: string, asAt?: string | null): { asAt: string; result: RemedyResult };
}

export function createAnalysisService(db: Db): AnalysisService {
  return {
    caseFile: (caseId) => readCaseFile(db, caseId),
    check: (caseId, asAt) => {
      const file = readCaseFile(db, caseId);
      const at = resolveAsAt(file, asAt);
      const check = checkCase(file, { asAt: at });
      return { asAt: at, check, duties: dutyStatuses(file, check) };
    },
    remedy: (caseId, asAt) => {
      const file = readCaseFile(db, caseId);
      return { asAt: resolveAsAt(file, asAt), result: remedyForFile(file, asAt) };
    },
  };
}

/** The remedy's output, or the calculator's refusal as an AppError. */
export function remedyOutputOrThrow(result: RemedyResult) {
  if (!result.ok) throw new AppError(result.code, result.message);
  return result;
}
