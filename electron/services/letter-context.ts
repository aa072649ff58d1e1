// What the letter modules share: a case's letter (or not found) and its detail with renditions,
// parties and checks; the template input for the case as it is now; the refusal to edit a frozen
// letter; the store approved files are kept in; and the mutator and audit entry for a change to a
// letter.
import { join } from 'node:path';
import type { Db } from '../store/db';
import { getCase } from '../store/cases-repo';
import { getLetter, listRenditions, type LetterRecord } from '../store/letters-repo';
import { listDecisions, type StoredDecision } from '../store/anonymise-reviews-repo';
import { readCaseFile } from '../store/case-file-repo';
import { createMutator, type AuditRecord, type Mutate } from '../store/mutate';
import { createFileStore, workspaceCipherOf, type FileStore } from '../evidence/file-store';
import { letterInputForFile } from '../letters/letter-input';
import { AppError, notFound } from '../errors';
import { letterParties } from '../../shared/letters/letter-parties';
import type { LetterInput, TemplateId } from '../../shared/letters/templates';
import type { LetterSection } from '../../shared/letters/model';
import { checkLetter, type LetterCheck } from '../../shared/letters/checks';
import type { LetterDetail, LetterParties } from '../../shared/ipc/channels/letters';
import { describeLetter, londonDay, summaryOf } from './letter-records';

export interface LetterServiceDeps {
  db: Db;
  dataDir: string;
  actor: () => string;
  /** Who signs letters: the investigator's confirmed name from settings, '' when none is set. */
  signatory: () => string;
  now: () => Date;
}

export interface LetterContext {
  db: Db;
  dataDir: string;
  /** Approved letters are kept like evidence: encrypted when the workspace is. */
  store: FileStore;
  mutate: Mutate;
  /** The case, its check and remedy as the templates take them, signed by the investigator in settings. */
  inputFor(caseId: string, options?: { date?: string }): LetterInput;
  /** The letter checks, against the case as it is now and on the letter's own date. */
  checksOf(record: LetterRecord): LetterCheck[];
  /** The case's people and organisations as the anonymiser takes them for a letter on `date`. */
  parties(caseId: string, date?: string): LetterParties;
  /** The publication review's decisions for the letter. */
  reviewDecisions(caseId: string, letterId: string): StoredDecision[];
  letterOf(caseId: string, letterId: string): LetterRecord;
  sectionOf(record: LetterRecord, sectionId: string): LetterSection;
  detail(caseId: string, letterId: string): LetterDetail;
  /** Approved and superseded letters are frozen: the record of what was sent. */
  refuseFrozen(record: LetterRecord): void;
}

/** The audit entry for a change to a letter. */
export const letterEntry = (
  caseId: string,
  letterId: string,
  action: string,
  summary: string,
  extra: { before?: unknown; after?: unknown } = {},
): AuditRecord => ({ caseId, action, entity: 'letter', entityId: letterId, summary, ...extra });

export function createLetterContext({ db, dataDir, actor, signatory, now }: LetterServiceDeps): LetterContext {
  const inputFor = (caseId: string, options: { date?: string } = {}): LetterInput =>
    letterInputForFile(readCaseFile(db, caseId), { ...options, investigator: signatory() }, now());

  const checksOf = (record: LetterRecord): LetterCheck[] =>
    record.status === 'draft'
      ? checkLetter({
          template: record.template as TemplateId,
          letter: record.letter,
          input: inputFor(record.caseId, { date: record.letter.header.date }),
        })
      : [];

  const parties = (caseId: string, date?: string): LetterParties => {
    const c = getCase(db, caseId);
    return letterParties(
      {
        people: c.people.map((p) => ({
          ...p,
          title: p.title ?? undefined,
          label: p.label ?? undefined,
          relationship: p.relationship ?? undefined,
        })),
        organisations: c.organisations.map((o) => ({
          ...o,
          reference: o.reference ?? undefined,
          successor: o.successor ?? undefined,
        })),
      },
      date,
    );
  };

  const letterOf = (caseId: string, letterId: string): LetterRecord => {
    getCase(db, caseId);
    const found = getLetter(db, caseId, letterId);
    if (!found) throw notFound(`Letter ${letterId}`);
    return found;
  };

  const renditionsOf = (caseId: string, letterId: string) =>
    listRenditions(db, caseId, letterId).map((r) => ({
      format: r.format,
      sha256: r.sha256,
      size: r.size,
      path: join(dataDir, r.storedPath),
      createdAt: r.createdAt,
    }));

  return {
    db,
    dataDir,
    store: createFileStore(dataDir, workspaceCipherOf(dataDir)),
    mutate: createMutator({ db, actor, now }),
    inputFor,
    checksOf,
    parties,
    reviewDecisions: (caseId, letterId) => listDecisions(db, caseId, { kind: 'letter', letterId }),
    letterOf,

    sectionOf(record, sectionId) {
      const section = record.letter.sections.find((s) => s.id === sectionId);
      if (!section) throw notFound(`The section “${sectionId}” of ${describeLetter(record)}`);
      return section;
    },

    detail(caseId, letterId) {
      const record = letterOf(caseId, letterId);
      return {
        ...summaryOf(record),
        letter: record.letter,
        renditions: renditionsOf(caseId, letterId),
        parties: parties(caseId, record.letter.header.date),
        checks: checksOf(record),
      };
    },

    refuseFrozen(record) {
      if (record.status === 'draft') return;
      const approved = record.approvedAt ? ` on ${londonDay(record.approvedAt)}` : '';
      if (record.status === 'approved')
        throw new AppError(
          'conflict',
          `This letter was approved${approved} and cannot be edited; supersede it with a new version.`,
        );
      const successor = record.supersededBy ? getLetter(db, record.caseId, record.supersededBy) : null;
      throw new AppError(
        'conflict',
        `This letter was approved${approved} and has been superseded${
          successor ? ` by version ${successor.version}` : ''
        }; it cannot be edited. Edit the newer version instead.`,
      );
    },
  };
}
