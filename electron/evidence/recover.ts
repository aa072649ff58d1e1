// The recovery sweep run whenever a workspace is opened: removes temp files and spooled page
// texts left by an import that was killed, and stored originals no row refers to (a kill between
// rename and commit, or a deleted case). Reports rows whose original is missing, which should
// never happen.
import type { Db } from '../store/db';
import { listAllEvidenceHashes, referencedHashes } from '../store/evidence-repo';
import type { FileStore, SweepReport } from './file-store';
import { sweepPageSpools } from '../store/page-spool';

export interface RecoveryReport extends SweepReport {
  /** Page texts spooled by imports that did not finish. */
  removedSpooledPages: number;
  missingOriginals: Array<{ caseId: string; id: string; sha256: string }>;
}

export function recoverEvidenceStore(db: Db, store: FileStore): RecoveryReport {
  const swept = store.sweep(referencedHashes(db));
  const removedSpooledPages = sweepPageSpools(db);
  const missingOriginals = listAllEvidenceHashes(db).filter((row) => !store.has(row.sha256));
  return { ...swept, removedSpooledPages, missingOriginals };
}
