// The review before an anonymised export: the identifying details the publication check finds in
// a letter (or the chronology) once the case's people are replaced by labels, each with the
// decision taken on it; and the decisions themselves, saved with the case and audited in words in
// the same transaction, so that a re-export does not ask again.
import type { Db } from '../store/db';
import { getLetter } from '../store/letters-repo';
import { readCaseFile } from '../store/case-file-repo';
import { createMutator, type AuditRecord } from '../store/mutate';
import {
  deleteDecision,
  getDecision,
  listDecisions,
  saveDecision,
  type ReviewTarget,
} from '../store/anonymise-reviews-repo';
import { notFound } from '../errors';
import { letterParties } from '../../shared/letters/letter-parties';
import { chronologyLetter } from '../../shared/letters/chronology-table';
import { findRealNames } from '../../shared/letters/find-real-names';
import type { Letter } from '../../shared/letters/model';
import { PII_KIND_LABELS } from '../../shared/letters/pii';
import { reviewForPublication } from '../../shared/letters/pii/publication';
import type { PiiDecision } from '../../shared/letters/pii/review';
import type { ReviewView } from '../../shared/ipc/channels/anonymise';
import { describeLetter } from './letter-records';

export interface AnonymiseReviewService {
  review(caseId: string, target: ReviewTarget): ReviewView;
  decide(caseId: string, target: ReviewTarget, decisions: PiiDecision[]): ReviewView;
  undo(caseId: string, target: ReviewTarget, text: string): ReviewView;
}

export interface AnonymiseReviewDeps {
  db: Db;
  actor: () => string;
  now: () => Date;
}

const describeDecision = (d: PiiDecision) =>
  d.action === 'replace'
    ? `replace “${d.text}”${d.kind ? ` (${PII_KIND_LABELS[d.kind]})` : ''} with “${d.replacement}”`
    : `keep “${d.text}”${d.kind ? ` (${PII_KIND_LABELS[d.kind]})` : ''}: ${d.reason}`;

export function createAnonymiseReviewService({ db, actor, now }: AnonymiseReviewDeps): AnonymiseReviewService {
  /** The document under review (as the export builds it), and how the audit log names it. */
  const documentOf = (caseId: string, target: ReviewTarget) => {
    const file = readCaseFile(db, caseId);
    if (target.kind === 'chronology')
      return {
        letter: chronologyLetter(file, { preparedBy: actor() }) as Letter,
        parties: letterParties(file),
        entity: 'chronology',
        entityId: null,
        name: 'the chronology',
      };
    const record = getLetter(db, caseId, target.letterId);
    if (!record) throw notFound(`Letter ${target.letterId}`);
    return {
      letter: record.letter,
      parties: letterParties(file),
      entity: 'letter',
      entityId: record.id,
      name: describeLetter(record),
    };
  };

  const view = (caseId: string, target: ReviewTarget): ReviewView => {
    const doc = documentOf(caseId, target);
    const stored = listDecisions(db, caseId, target);
    const review = reviewForPublication(doc.letter, doc.parties, stored);
    const byKey = new Map(stored.map((d) => [d.text, d]));
    return {
      items: review.items.map((item) => ({
        ...item,
        kindLabel: PII_KIND_LABELS[item.kind],
        decision: item.decision ? (byKey.get(item.key) ?? null) : null,
      })),
      unresolved: review.unresolved.length,
      realNames: [
        ...new Set(findRealNames(review.anonymised, doc.parties.people).map((f) => `“${f.found}” in ${f.where}`)),
      ],
    };
  };

  const mutate = createMutator({ db, actor, now });
  /** The audit entry for a review decision, naming the document under review. */
  const entry = (
    caseId: string,
    target: ReviewTarget,
    summary: string,
    extra: { before?: unknown; after?: unknown },
  ): AuditRecord => {
    const doc = documentOf(caseId, target);
    return {
      caseId,
      action: 'review',
      entity: doc.entity,
      entityId: doc.entityId,
      summary: `Anonymisation review of ${doc.name}: ${summary}`,
      ...extra,
    };
  };

  return {
    review: view,

    decide(caseId, target, decisions) {
      documentOf(caseId, target);
      mutate((change) => {
        for (const decision of decisions) {
          const before = getDecision(db, caseId, target, decision.text);
          saveDecision(db, caseId, target, decision, change.at.toISOString(), change.actor);
          change.audit(
            entry(caseId, target, describeDecision(decision), { ...(before ? { before } : {}), after: decision }),
          );
        }
      });
      return view(caseId, target);
    },

    undo(caseId, target, text) {
      documentOf(caseId, target);
      const before = getDecision(db, caseId, target, text);
      if (before)
        mutate((change) => {
          deleteDecision(db, caseId, target, text);
          change.audit(entry(caseId, target, `took back the decision to ${describeDecision(before)}`, { before }));
        });
      return view(caseId, target);
    },
  };
}
