// Decision letters of a case: created from a template over the case as it stands, edited section
// by section, exported to PDF or DOCX (anonymised on request, refused while a real name remains),
// approved (the named PDF and DOCX kept in the workspace's content-addressed store with their
// SHA-256, and the letter frozen), and superseded by a new draft version. Every change is audited
// in words in the same transaction.
import { join, relative } from 'node:path';
import { writeFileOrExplain } from '../files/write-atomically';
import type { Db } from '../store/db';
import { appendAudit } from '../store/audit';
import { getCase, setFinalDecisionDate } from '../store/cases-repo';
import { nextId } from '../store/ids';
import {
  getLetter,
  insertLetter,
  insertRendition,
  letterIds,
  listLetters,
  listRenditions,
  markApproved,
  markSuperseded,
  nextLetterVersion,
  setLetterAnonymise,
  updateLetterModel,
  type LetterRecord,
  type RenditionRecord,
} from '../store/letters-repo';
import { createFileStore, workspaceCipherOf, type StagedFile } from '../evidence/file-store';
import { sha256Bytes } from '../evidence/hash';
import { loadLetterFonts } from '../letters/fonts';
import { exportLetter, publishableLetter } from '../letters/export-letter';
import { copyLetterDecisions, listDecisions } from '../store/anonymise-reviews-repo';
import { letterInputForFile } from '../letters/letter-input';
import type { LetterInputOptions } from '../letters/letter-input';
import { composeLetter, type ComposedLetter } from '../letters/compose-letter';
import { letterParties } from '../../shared/letters/letter-parties';
import { readCaseFile } from '../store/case-file-repo';
import { AppError, notFound } from '../errors';
import type { LetterInput, TemplateId } from '../../shared/letters/templates';
import { TEMPLATE_LABELS, buildLetter, buildSection } from '../../shared/letters/templates';
import { formatLongDate, todayInLondon } from '../../shared/dates/calendar-date';
import { describeLetter, FILE_STEMS, FORMAT_NAMES, labelOf, londonDay, short, summaryOf } from './letter-records';
import type { LetterSection } from '../../shared/letters/model';
import { checkLetter, hasErrors, type LetterCheck } from '../../shared/letters/checks';
import { renderLetterPdf } from '../../shared/letters/render-pdf';
import { renderLetterDocx } from '../../shared/letters/render-docx';
import type { LetterDetail, LetterFormat, LetterParties, LetterSummary } from '../../shared/ipc/channels/letters';

export interface LetterExportResult {
  path: string;
  size: number;
  sha256: string;
  anonymised: boolean;
}

export interface LetterService {
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
  /** A file name to offer in the save dialog: "19-016-759-final-decision-v2.pdf". */
  suggestedFileName(caseId: string, letterId: string, format: LetterFormat, anonymise: boolean): string;
  /** Throws the anonymisation refusal now, before the user is asked where to save. */
  checkExportable(caseId: string, letterId: string, anonymise: boolean): void;
  exportTo(
    caseId: string,
    letterId: string,
    options: { format: LetterFormat; anonymise: boolean; path: string },
  ): Promise<LetterExportResult>;
  approve(caseId: string, letterId: string): Promise<LetterDetail>;
  /** Rewrites the header's decision lines (and reference) from the case as it is now. */
  updateDecisionLines(caseId: string, letterId: string): LetterDetail;
  /**
   * The letter the template writes from the case as it stands, with its checks, storing nothing
   * (the s117 command's letter; it records what it wrote with recordCliLetter). Signed by
   * `investigator` when given, else by the investigator in settings, as `create` signs.
   */
  compose(caseId: string, template: TemplateId, options?: LetterInputOptions): ComposedLetter;
  /** Records in the audit log a letter the CLI wrote from a stored case. */
  recordCliLetter(caseId: string, description: string): void;
  supersede(caseId: string, letterId: string): LetterDetail;
}

export interface LetterServiceDeps {
  db: Db;
  dataDir: string;
  actor: () => string;
  /** Who signs letters: the investigator's confirmed name from settings, '' when none is set. */
  signatory: () => string;
  now: () => Date;
}

export function createLetterService(deps: LetterServiceDeps): LetterService {
  const { db, dataDir, actor, signatory, now } = deps;
  // Approved letters are kept like evidence: encrypted when the workspace is.
  const store = createFileStore(dataDir, workspaceCipherOf(dataDir));
  /** The case, its check and remedy as the templates take them, signed by the investigator in settings. */
  const inputFor = (caseId: string, options: { date?: string } = {}): LetterInput =>
    letterInputForFile(readCaseFile(db, caseId), { ...options, investigator: signatory() }, now());

  /** The letter checks, against the case as it is now and on the letter's own date. */
  const checksOf = (record: LetterRecord): LetterCheck[] =>
    record.status === 'draft'
      ? checkLetter({
          template: record.template as TemplateId,
          letter: record.letter,
          input: inputFor(record.caseId, { date: record.letter.header.date }),
        })
      : [];

  /** The case's people and organisations as the anonymiser takes them for a letter on `date`. */
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

  const reviewDecisions = (caseId: string, letterId: string) => listDecisions(db, caseId, { kind: 'letter', letterId });

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

  const detail = (caseId: string, letterId: string): LetterDetail => {
    const record = letterOf(caseId, letterId);
    return {
      ...summaryOf(record),
      letter: record.letter,
      renditions: renditionsOf(caseId, letterId),
      parties: parties(caseId, record.letter.header.date),
      checks: checksOf(record),
    };
  };

  /** Approved and superseded letters are frozen: the record of what was sent. */
  const refuseFrozen = (record: LetterRecord) => {
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
  };

  const audit = (
    caseId: string,
    letterId: string,
    action: string,
    summary: string,
    extra: { before?: unknown; after?: unknown } = {},
  ) =>
    appendAudit(db, { actor: actor(), caseId, action, entity: 'letter', entityId: letterId, summary, ...extra }, now());

  /** Records the final decision's date on the case (audited), unless one is recorded already. */
  const recordFinalDecisionDate = (caseId: string, date: string, at: Date) => {
    const current = getCase(db, caseId);
    if (current.finalDecisionDate) return;
    setFinalDecisionDate(db, caseId, date, at);
    appendAudit(
      db,
      {
        actor: actor(),
        caseId,
        action: 'update',
        entity: 'case',
        entityId: caseId,
        summary: `Recorded the final decision date, ${formatLongDate(date)}, from the approved final decision`,
        before: current,
        after: getCase(db, caseId),
      },
      at,
    );
  };

  const sectionOf = (record: LetterRecord, sectionId: string): LetterSection => {
    const section = record.letter.sections.find((s) => s.id === sectionId);
    if (!section) throw notFound(`The section “${sectionId}” of ${describeLetter(record)}`);
    return section;
  };

  return {
    list(caseId) {
      getCase(db, caseId);
      return listLetters(db, caseId).map(summaryOf);
    },

    get: (caseId, letterId) => detail(caseId, letterId),

    create(caseId, template) {
      getCase(db, caseId);
      // The same letter the s117 command writes (compose, below).
      const { input, letter } = composeLetter(readCaseFile(db, caseId), template, { investigator: signatory() }, now());
      const at = now().toISOString();
      const id = nextId('L', letterIds(db, caseId));
      db.transaction(() => {
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
          createdBy: actor(),
          updatedAt: at,
          supersedes: null,
        });
        audit(
          caseId,
          id,
          'create',
          `Started ${describeLetter({ template, version })} from the case as at ${formatLongDate(input.asAt)}`,
        );
      })();
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
      db.transaction(() => {
        updateLetterModel(db, caseId, letterId, letter, now().toISOString());
        audit(caseId, letterId, 'update', `Edited “${section.heading || sectionId}” in ${describeLetter(record)}`, {
          before,
          after: section,
        });
      })();
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
        db.transaction(() => {
          setLetterAnonymise(db, caseId, letterId, anonymise, now().toISOString());
          audit(
            caseId,
            letterId,
            'update',
            anonymise
              ? `Set ${describeLetter(record)} to be anonymised for publication`
              : `Set ${describeLetter(record)} to use real names`,
          );
        })();
      }
      return summaryOf(letterOf(caseId, letterId));
    },

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
      db.transaction(() =>
        audit(
          caseId,
          letterId,
          'export',
          `Exported ${describeLetter(record)} as ${anonymise ? 'an anonymised' : 'a named'} ${FORMAT_NAMES[format]} to ${path} (sha256 ${short(sha256)}…)`,
        ),
      )();
      return { path, size: bytes.byteLength, sha256, anonymised: anonymise };
    },

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
        const at = now();
        db.transaction(() => {
          // Re-read inside the transaction: another window may have approved it meanwhile.
          const fresh = letterOf(caseId, letterId);
          refuseFrozen(fresh);
          markApproved(db, caseId, letterId, at.toISOString(), actor());
          const renditions: RenditionRecord[] = staged.map(([format, file]) => ({
            format,
            sha256: file.sha256,
            size: file.size,
            storedPath: relative(dataDir, store.pathOf(file.sha256)).split('\\').join('/'),
            createdAt: at.toISOString(),
          }));
          for (const r of renditions) insertRendition(db, caseId, letterId, r);
          // Agreed actions fall due counting from the final decision: approving the final
          // decision records its date on the case, when none was recorded.
          if (record.template === 'final') recordFinalDecisionDate(caseId, record.letter.header.date, at);
          audit(
            caseId,
            letterId,
            'approve',
            `Approved ${describeLetter(record)}; ${renditions
              .map((r) => `${FORMAT_NAMES[r.format]} sha256 ${r.sha256}`)
              .join(', ')}`,
            { after: renditions.map((r) => ({ format: r.format, sha256: r.sha256, size: r.size })) },
          );
        })();
      } catch (err) {
        for (const [, file] of staged) await store.discard(file);
        for (const sha of created) await store.remove(sha);
        throw err;
      }
      return detail(caseId, letterId);
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
      db.transaction(() => {
        updateLetterModel(db, caseId, letterId, { ...record.letter, header }, now().toISOString());
        audit(caseId, letterId, 'update', `Updated the decision lines of ${describeLetter(record)} from the findings`, {
          before: record.letter.header,
          after: header,
        });
      })();
      return detail(caseId, letterId);
    },

    compose(caseId, template, options = {}) {
      getCase(db, caseId);
      const investigator = options.investigator?.trim() || signatory();
      return composeLetter(readCaseFile(db, caseId), template, { ...options, investigator }, now());
    },

    recordCliLetter(caseId, description) {
      getCase(db, caseId);
      db.transaction(() =>
        appendAudit(
          db,
          { actor: actor(), caseId, action: 'export', entity: 'letter', entityId: caseId, summary: description },
          now(),
        ),
      )();
    },

    supersede(caseId, letterId) {
      const record = letterOf(caseId, letterId);
      if (record.status === 'draft')
        throw new AppError('conflict', 'This letter is still a draft: edit it rather than superseding it.');
      if (record.status === 'superseded') refuseFrozen(record);
      const at = now();
      const id = nextId('L', letterIds(db, caseId));
      // The new version is dated today; its text starts as the approved one's.
      const letter = { ...record.letter, header: { ...record.letter.header, date: todayInLondon(at) } };
      db.transaction(() => {
        const version = nextLetterVersion(db, caseId, record.template);
        insertLetter(db, {
          caseId,
          id,
          template: record.template,
          version,
          title: record.title,
          letter,
          anonymise: record.anonymise,
          createdAt: at.toISOString(),
          createdBy: actor(),
          updatedAt: at.toISOString(),
          supersedes: record.id,
        });
        markSuperseded(db, caseId, record.id, at.toISOString());
        // The publication review's decisions carry over with the text (issue 12).
        const carried = copyLetterDecisions(db, caseId, record.id, id);
        audit(
          caseId,
          id,
          'supersede',
          `Superseded ${describeLetter(record)} with a new draft, version ${version}, starting from the approved text` +
            (carried > 0 ? ` and its ${carried} anonymisation decision${carried === 1 ? '' : 's'}` : ''),
        );
      })();
      return detail(caseId, id);
    },
  };
}
