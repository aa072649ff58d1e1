// The chronology of a stored case as a table document, for every host: rendered (anonymised with
// the review decisions saved for it, refused while a detail is unresolved), and each export
// recorded in the case's audit log, whether the app or the s117 command wrote it.
import type { Db } from '../store/db';
import { listDecisions } from '../store/anonymise-reviews-repo';
import { readCaseFile } from '../store/case-file-repo';
import { createMutator } from '../store/mutate';
import { exportLetter } from '../letters/export-letter';
import { chronologyLetter } from '../../shared/letters/chronology-table';
import { letterParties } from '../../shared/letters/letter-parties';
import type { Letter } from '../../shared/letters/model';
import { detailKey, type PiiDecision } from '../../shared/letters/pii/decision';

export interface ChronologyExportOptions {
  format: 'pdf' | 'docx';
  anonymise: boolean;
  /** The date on the document; today by default. */
  date?: string;
}

export interface ChronologyExportService {
  /** The chronology as a letter model, prepared by the investigator. */
  document(caseId: string, options: { date?: string }): Letter;
  /** The review decisions saved for the case's chronology. */
  savedDecisions(caseId: string): PiiDecision[];
  /** The document's bytes; an anonymised one only once every identifying detail is decided. */
  render(caseId: string, options: ChronologyExportOptions, extraDecisions?: PiiDecision[]): Promise<Uint8Array>;
  /** A file name to offer: "19-016-759-chronology-anonymised.pdf". */
  suggestedName(caseId: string, options: ChronologyExportOptions): string;
  /** Records an export in the case's audit log, naming the host that wrote it. */
  recordExport(caseId: string, options: ChronologyExportOptions & { path: string; via?: string }): void;
}

export function createChronologyExportService(db: Db, actor: () => string, now: () => Date): ChronologyExportService {
  const mutate = createMutator({ db, actor, now });
  const document = (caseId: string, options: { date?: string }) =>
    chronologyLetter(readCaseFile(db, caseId), {
      ...(options.date ? { date: options.date } : {}),
      preparedBy: actor(),
    });
  const savedDecisions = (caseId: string) => listDecisions(db, caseId, { kind: 'chronology' });
  return {
    document,
    savedDecisions,
    async render(caseId, options, extraDecisions = []) {
      const file = readCaseFile(db, caseId);
      // Decisions given for this export (a review file) win over those saved in the workspace.
      const given = new Set(extraDecisions.map((d) => detailKey(d.text)));
      const decisions = [...savedDecisions(caseId).filter((d) => !given.has(detailKey(d.text))), ...extraDecisions];
      const { bytes } = await exportLetter(document(caseId, options), {
        format: options.format,
        anonymise: options.anonymise,
        ...letterParties(file),
        decisions,
      });
      return bytes;
    },
    suggestedName(caseId, options) {
      const reference = readCaseFile(db, caseId).case.reference ?? 'case';
      return `${reference.replace(/[^\w.-]+/g, '-')}-chronology${options.anonymise ? '-anonymised' : ''}.${options.format}`;
    },
    recordExport(caseId, options) {
      const file = readCaseFile(db, caseId);
      mutate((change) =>
        change.audit({
          caseId,
          action: 'export',
          entity: 'chronology',
          entityId: null,
          summary: `Exported the chronology (${file.events.length} events) as ${options.format.toUpperCase()}${options.anonymise ? ', anonymised,' : ''} to ${options.path}${options.via ? ` (${options.via})` : ''}`,
        }),
      );
    },
  };
}
