// Exporting a letter to PDF or DOCX: the file name to offer, the anonymisation refusal before the
// user is asked where to save (a real name, or an identifying detail the review has not
// resolved), the export itself (an approved letter's named export is its approved file, byte for
// byte), and the audit entry for each export, including a letter the s117 command wrote.
import { writeFileOrExplain } from '../files/write-atomically';
import { getCase } from '../store/cases-repo';
import { listRenditions } from '../store/letters-repo';
import { sha256Bytes } from '../evidence/hash';
import { exportLetter, publishableLetter } from '../letters/export-letter';
import type { TemplateId } from '../../shared/letters/templates';
import type { LetterFormat } from '../../shared/ipc/channels/letters';
import { letterEntry, type LetterContext } from './letter-context';
import { describeLetter, FILE_STEMS, FORMAT_NAMES, short } from './letter-records';

export interface LetterExportResult {
  path: string;
  size: number;
  sha256: string;
  anonymised: boolean;
}

export interface LetterExports {
  /** A file name to offer in the save dialog: "19-016-759-final-decision-v2.pdf". */
  suggestedFileName(caseId: string, letterId: string, format: LetterFormat, anonymise: boolean): string;
  /** Throws the anonymisation refusal now, before the user is asked where to save. */
  checkExportable(caseId: string, letterId: string, anonymise: boolean): void;
  exportTo(
    caseId: string,
    letterId: string,
    options: { format: LetterFormat; anonymise: boolean; path: string },
  ): Promise<LetterExportResult>;
  /** Records in the audit log a letter the CLI wrote from a stored case. */
  recordCliLetter(caseId: string, description: string): void;
}

export function createLetterExports(ctx: LetterContext): LetterExports {
  const { db, store, mutate, letterOf, parties, reviewDecisions } = ctx;
  return {
    suggestedFileName(caseId, letterId, format, anonymise) {
      const record = letterOf(caseId, letterId);
      const c = getCase(db, caseId);
      // A case's title may name someone: an anonymised file's name uses the reference only.
      const stem =
        `${c.reference ?? (anonymise ? 'case' : c.title)} ${FILE_STEMS[record.template as TemplateId] ?? record.template}`
          .replace(/[^\w]+/g, '-')
          .replace(/^-|-$/g, '')
          .toLowerCase();
      return `${stem}-v${record.version}${anonymise ? '-anonymised' : ''}.${format}`;
    },

    checkExportable(caseId, letterId, anonymise) {
      const record = letterOf(caseId, letterId);
      if (!anonymise) return;
      // Real names, then identifying details the review has not resolved.
      publishableLetter(record.letter, {
        ...parties(caseId, record.letter.header.date),
        decisions: reviewDecisions(caseId, letterId),
      });
    },

    async exportTo(caseId, letterId, { format, anonymise, path }) {
      const record = letterOf(caseId, letterId);
      // A named export of an approved letter is the approved file itself, byte for byte.
      const approved = !anonymise ? listRenditions(db, caseId, letterId).find((r) => r.format === format) : undefined;
      let bytes: Uint8Array;
      if (approved) {
        bytes = await store.read(approved.sha256);
      } else {
        const p = parties(caseId, record.letter.header.date);
        const decisions = reviewDecisions(caseId, letterId);
        bytes = (await exportLetter(record.letter, { format, anonymise, ...p, decisions })).bytes;
      }
      writeFileOrExplain(path, bytes);
      const sha256 = sha256Bytes(bytes);
      mutate((change) =>
        change.audit(
          letterEntry(
            caseId,
            letterId,
            'export',
            `Exported ${describeLetter(record)} as ${anonymise ? 'an anonymised' : 'a named'} ${FORMAT_NAMES[format]} to ${path} (sha256 ${short(sha256)}…)`,
          ),
        ),
      );
      return { path, size: bytes.byteLength, sha256, anonymised: anonymise };
    },

    recordCliLetter(caseId, description) {
      getCase(db, caseId);
      mutate((change) => change.audit(letterEntry(caseId, caseId, 'export', description)));
    },
  };
}
