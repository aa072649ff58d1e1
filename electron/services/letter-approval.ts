// Approving a letter and superseding it. Approval renders the named PDF and DOCX, keeps them in the
// workspace's content-addressed store with their SHA-256 and freezes the letter (an approved final
// decision also records its date on the case); if the change fails, the files stored for it are
// removed again. Superseding starts a new draft version from the approved text, carrying over the
// publication review's decisions.
import { relative } from 'node:path';
import { getCase, setFinalDecisionDate } from '../store/cases-repo';
import { nextId } from '../store/ids';
import type { Mutation } from '../store/mutate';
import { copyLetterDecisions } from '../store/anonymise-reviews-repo';
import {
  insertLetter,
  insertRendition,
  letterIds,
  markApproved,
  markSuperseded,
  nextLetterVersion,
  type RenditionRecord,
} from '../store/letters-repo';
import type { StagedFile } from '../evidence/file-store';
import { loadLetterFonts } from '../letters/fonts';
import { AppError } from '../errors';
import { formatLongDate, todayInLondon } from '../../shared/dates/calendar-date';
import { hasErrors } from '../../shared/letters/checks';
import { renderLetterPdf } from '../../shared/letters/render-pdf';
import { renderLetterDocx } from '../../shared/letters/render-docx';
import type { LetterDetail, LetterFormat } from '../../shared/ipc/channels/letters';
import { letterEntry, type LetterContext } from './letter-context';
import { describeLetter, FORMAT_NAMES } from './letter-records';

export interface LetterApproval {
  approve(caseId: string, letterId: string): Promise<LetterDetail>;
  supersede(caseId: string, letterId: string): LetterDetail;
}

export function createLetterApproval(ctx: LetterContext): LetterApproval {
  const { db, dataDir, store, mutate, letterOf, refuseFrozen, checksOf, detail } = ctx;

  /** Records the final decision's date on the case (audited), unless one is recorded already. */
  const recordFinalDecisionDate = (change: Mutation, caseId: string, date: string) => {
    const current = getCase(db, caseId);
    if (current.finalDecisionDate) return;
    setFinalDecisionDate(db, caseId, date, change.at);
    change.audit({
      caseId,
      action: 'update',
      entity: 'case',
      entityId: caseId,
      summary: `Recorded the final decision date, ${formatLongDate(date)}, from the approved final decision`,
      before: current,
      after: getCase(db, caseId),
    });
  };

  return {
    async approve(caseId, letterId) {
      const record = letterOf(caseId, letterId);
      refuseFrozen(record);
      const failing = checksOf(record).filter((c) => c.severity === 'error');
      if (hasErrors(failing))
        throw new AppError(
          'conflict',
          `This letter cannot be approved while ${failing.length === 1 ? 'a check fails' : `${failing.length} checks fail`}:\n${failing.map((c) => `${c.check}: ${c.message}`).join('\n')}`,
        );
      const [pdf, docx] = await Promise.all([
        loadLetterFonts().then((fonts) => renderLetterPdf(record.letter, fonts)),
        renderLetterDocx(record.letter),
      ]);
      const staged: Array<[LetterFormat, StagedFile]> = [];
      const created: string[] = [];
      try {
        staged.push(['pdf', await store.stageBytes(pdf)]);
        staged.push(['docx', await store.stageBytes(docx)]);
        for (const [, file] of staged) if ((await store.commit(file)).created) created.push(file.sha256);
        mutate((change) => {
          // Re-read inside the transaction: another window may have approved it meanwhile.
          const fresh = letterOf(caseId, letterId);
          refuseFrozen(fresh);
          const at = change.at.toISOString();
          markApproved(db, caseId, letterId, at, change.actor);
          const renditions: RenditionRecord[] = staged.map(([format, file]) => ({
            format,
            sha256: file.sha256,
            size: file.size,
            storedPath: relative(dataDir, store.pathOf(file.sha256)).split('\\').join('/'),
            createdAt: at,
          }));
          for (const r of renditions) insertRendition(db, caseId, letterId, r);
          // Agreed actions fall due counting from the final decision: approving the final
          // decision records its date on the case, when none was recorded.
          if (record.template === 'final') recordFinalDecisionDate(change, caseId, record.letter.header.date);
          change.audit(
            letterEntry(
              caseId,
              letterId,
              'approve',
              `Approved ${describeLetter(record)}; ${renditions
                .map((r) => `${FORMAT_NAMES[r.format]} sha256 ${r.sha256}`)
                .join(', ')}`,
              { after: renditions.map((r) => ({ format: r.format, sha256: r.sha256, size: r.size })) },
            ),
          );
        });
      } catch (err) {
        for (const [, file] of staged) await store.discard(file);
        for (const sha of created) await store.remove(sha);
        throw err;
      }
      return detail(caseId, letterId);
    },

    supersede(caseId, letterId) {
      const record = letterOf(caseId, letterId);
      if (record.status === 'draft')
        throw new AppError('conflict', 'This letter is still a draft: edit it rather than superseding it.');
      if (record.status === 'superseded') refuseFrozen(record);
      const id = nextId('L', letterIds(db, caseId));
      mutate((change) => {
        const at = change.at.toISOString();
        // The new version is dated today; its text starts as the approved one's.
        const letter = { ...record.letter, header: { ...record.letter.header, date: todayInLondon(change.at) } };
        const version = nextLetterVersion(db, caseId, record.template);
        insertLetter(db, {
          caseId,
          id,
          template: record.template,
          version,
          title: record.title,
          letter,
          anonymise: record.anonymise,
          createdAt: at,
          createdBy: change.actor,
          updatedAt: at,
          supersedes: record.id,
        });
        markSuperseded(db, caseId, record.id, at);
        // The publication review's decisions carry over with the text (issue 12).
        const carried = copyLetterDecisions(db, caseId, record.id, id);
        change.audit(
          letterEntry(
            caseId,
            id,
            'supersede',
            `Superseded ${describeLetter(record)} with a new draft, version ${version}, starting from the approved text` +
              (carried > 0 ? ` and its ${carried} anonymisation decision${carried === 1 ? '' : 's'}` : ''),
          ),
        );
      });
      return detail(caseId, id);
    },
  };
}
