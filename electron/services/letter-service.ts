// Decision letters of a case: created from a template over the case as it stands and edited
// section by section here; exported (letter-exports.ts), approved and superseded
// (letter-approval.ts) beside it, over what letter-context.ts gives them all. Every change is one
// audited mutation: the change and its audit entry in words, in the same transaction.
import { getCase } from '../store/cases-repo';
import { nextId } from '../store/ids';
import {
  insertLetter,
  letterIds,
  listLetters,
  nextLetterVersion,
  setLetterAnonymise,
  updateLetterModel,
} from '../store/letters-repo';
import { readCaseFile } from '../store/case-file-repo';
import { AppError, notFound } from '../errors';
import { composeLetter, type ComposedLetter } from '../letters/compose-letter';
import type { LetterInputOptions } from '../letters/letter-input';
import { TEMPLATE_LABELS, buildLetter, buildSection, type TemplateId } from '../../shared/letters/templates';
import { formatLongDate } from '../../shared/dates/calendar-date';
import type { LetterSection } from '../../shared/letters/model';
import type { LetterDetail, LetterSummary } from '../../shared/ipc/channels/letters';
import { createLetterContext, letterEntry, type LetterServiceDeps } from './letter-context';
import { createLetterExports, type LetterExports } from './letter-exports';
import { createLetterApproval, type LetterApproval } from './letter-approval';
import { describeLetter, labelOf, summaryOf } from './letter-records';

export type { LetterServiceDeps } from './letter-context';
export type { LetterExportResult } from './letter-exports';

export interface LetterService extends LetterExports, LetterApproval {
  list(caseId: string): LetterSummary[];
  get(caseId: string, letterId: string): LetterDetail;
  create(caseId: string, template: TemplateId): LetterDetail;
  saveSection(caseId: string, letterId: string, sectionId: string, section: LetterSection): LetterDetail;
  /** The section as saved and as the template would write it from the case now; writes nothing. */
  regenerateSection(
    caseId: string,
    letterId: string,
    sectionId: string,
  ): { current: LetterSection; regenerated: LetterSection };
  setAnonymise(caseId: string, letterId: string, anonymise: boolean): LetterSummary;
  /** Rewrites the header's decision lines (and reference) from the case as it is now. */
  updateDecisionLines(caseId: string, letterId: string): LetterDetail;
  /**
   * The letter the template writes from the case as it stands, with its checks, storing nothing:
   * what `create` starts a draft from, and the s117 command's letter (which records what it wrote
   * with recordCliLetter). Signed by `investigator` when given, else by the investigator in settings.
   */
  compose(caseId: string, template: TemplateId, options?: LetterInputOptions): ComposedLetter;
}

export function createLetterService(deps: LetterServiceDeps): LetterService {
  const ctx = createLetterContext(deps);
  const { db, mutate, inputFor, letterOf, sectionOf, detail, refuseFrozen } = ctx;

  const compose: LetterService['compose'] = (caseId, template, options = {}) => {
    getCase(db, caseId);
    const investigator = options.investigator?.trim() || deps.signatory();
    return composeLetter(readCaseFile(db, caseId), template, { ...options, investigator }, deps.now());
  };

  return {
    list(caseId) {
      getCase(db, caseId);
      return listLetters(db, caseId).map(summaryOf);
    },

    get: (caseId, letterId) => detail(caseId, letterId),

    compose,

    create(caseId, template) {
      // The same letter the s117 command writes.
      const { input, letter } = compose(caseId, template);
      const id = nextId('L', letterIds(db, caseId));
      mutate((change) => {
        const at = change.at.toISOString();
        const version = nextLetterVersion(db, caseId, template);
        insertLetter(db, {
          caseId,
          id,
          template,
          version,
          title: TEMPLATE_LABELS[template],
          letter,
          anonymise: false,
          createdAt: at,
          createdBy: change.actor,
          updatedAt: at,
          supersedes: null,
        });
        change.audit(
          letterEntry(
            caseId,
            id,
            'create',
            `Started ${describeLetter({ template, version })} from the case as at ${formatLongDate(input.asAt)}`,
          ),
        );
      });
      return detail(caseId, id);
    },

    saveSection(caseId, letterId, sectionId, section) {
      const record = letterOf(caseId, letterId);
      refuseFrozen(record);
      if (section.id !== sectionId)
        throw new AppError('invalid_input', `section.id: must be “${sectionId}”, the section being saved`, [
          { path: 'section.id', message: `must be “${sectionId}”, the section being saved` },
        ]);
      const before = sectionOf(record, sectionId);
      if (JSON.stringify(before) === JSON.stringify(section)) return detail(caseId, letterId);
      const letter = {
        ...record.letter,
        sections: record.letter.sections.map((s) => (s.id === sectionId ? section : s)),
      };
      mutate((change) => {
        updateLetterModel(db, caseId, letterId, letter, change.at.toISOString());
        change.audit(
          letterEntry(
            caseId,
            letterId,
            'update',
            `Edited “${section.heading || sectionId}” in ${describeLetter(record)}`,
            {
              before,
              after: section,
            },
          ),
        );
      });
      return detail(caseId, letterId);
    },

    regenerateSection(caseId, letterId, sectionId) {
      const record = letterOf(caseId, letterId);
      const current = sectionOf(record, sectionId);
      const regenerated = buildSection(
        record.template as TemplateId,
        sectionId,
        inputFor(caseId, { date: record.letter.header.date }),
      );
      if (!regenerated)
        throw notFound(
          `The ${labelOf(record.template)} template has no section “${current.heading || sectionId}”, so it`,
        );
      return { current, regenerated };
    },

    setAnonymise(caseId, letterId, anonymise) {
      const record = letterOf(caseId, letterId);
      if (record.anonymise !== anonymise) {
        mutate((change) => {
          setLetterAnonymise(db, caseId, letterId, anonymise, change.at.toISOString());
          change.audit(
            letterEntry(
              caseId,
              letterId,
              'update',
              anonymise
                ? `Set ${describeLetter(record)} to be anonymised for publication`
                : `Set ${describeLetter(record)} to use real names`,
            ),
          );
        });
      }
      return summaryOf(letterOf(caseId, letterId));
    },

    updateDecisionLines(caseId, letterId) {
      const record = letterOf(caseId, letterId);
      refuseFrozen(record);
      const rebuilt = buildLetter(record.template as TemplateId, inputFor(caseId, { date: record.letter.header.date }));
      const header = {
        ...record.letter.header,
        reference: rebuilt.header.reference,
        decision: rebuilt.header.decision,
        ...(rebuilt.header.decisions ? { decisions: rebuilt.header.decisions } : {}),
      };
      if (JSON.stringify(header) === JSON.stringify(record.letter.header)) return detail(caseId, letterId);
      mutate((change) => {
        updateLetterModel(db, caseId, letterId, { ...record.letter, header }, change.at.toISOString());
        change.audit(
          letterEntry(
            caseId,
            letterId,
            'update',
            `Updated the decision lines of ${describeLetter(record)} from the findings`,
            { before: record.letter.header, after: header },
          ),
        );
      });
      return detail(caseId, letterId);
    },

    ...createLetterExports(ctx),
    ...createLetterApproval(ctx),
  };
}
