// A batch import: files one after another into one case, reporting progress per file and
// overall, and stopping cleanly when its AbortSignal fires (the file in hand is abandoned with
// nothing written; the rest are reported as cancelled). One bad file never stops the batch.
import { caseExists } from '../store/cases-repo';
import { basename } from 'node:path';
import { notFound } from '../errors';
import { importEvidenceFile, type EvidenceImportContext } from './import-evidence';
import type { ImportOutcome, ImportProgress } from './types';

export interface ImportJobInput {
  caseId: string;
  files: readonly string[];
  signal?: AbortSignal;
  onProgress?(progress: ImportProgress): void;
  onFileDone?(outcome: ImportOutcome, fileIndex: number): void;
}

export interface ImportJobResult {
  outcomes: ImportOutcome[];
  imported: number;
  duplicates: number;
  failed: number;
  cancelled: number;
}

export async function runImportJob(ctx: EvidenceImportContext, input: ImportJobInput): Promise<ImportJobResult> {
  const { caseId, files, signal } = input;
  if (!caseExists(ctx.db, caseId)) throw notFound(`Case ${caseId}`);
  const outcomes: ImportOutcome[] = [];
  for (const [fileIndex, file] of files.entries()) {
    let outcome: ImportOutcome;
    if (signal?.aborted) {
      outcome = {
        file,
        status: 'cancelled',
        message: `'${basename(file)}' was not imported: the import was cancelled.`,
      };
    } else {
      outcome = await importEvidenceFile(ctx, caseId, file, {
        signal,
        onPhase: (filePhase, pagesDone, pagesTotal) =>
          input.onProgress?.({
            fileIndex,
            fileCount: files.length,
            file,
            filePhase,
            pagesDone,
            pagesTotal,
            filesDone: outcomes.length,
          }),
      });
    }
    outcomes.push(outcome);
    input.onFileDone?.(outcome, fileIndex);
  }
  const count = (status: ImportOutcome['status']) => outcomes.filter((o) => o.status === status).length;
  return {
    outcomes,
    imported: count('imported'),
    duplicates: count('duplicate'),
    failed: count('failed'),
    cancelled: count('cancelled'),
  };
}
