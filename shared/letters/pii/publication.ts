// A letter made ready for publication: the case's people replaced by their labels (the name
// anonymiser), then the investigator's decisions on every other identifying detail applied.
// What stays is what the check keeps: the case's public bodies, their short names and the labels.
import {
  anonymiseLetter,
  DEFAULT_SHORT_NAMES,
  type AnonymiseResult,
  type LetterOrganisation,
  type LetterPerson,
} from '../anonymise';
import type { Letter } from '../model';
import { reviewAnonymisedLetter, type PiiDecision, type ReviewOutcome } from './review';
import type { PiiContext } from './types';

/** Names the check never reports: the organisations on the case (full and short) and the labels. */
export function publicationContext(result: Pick<AnonymiseResult, 'people' | 'organisations'>): PiiContext {
  const keep = new Set<string>();
  for (const o of result.organisations) {
    keep.add(o.name);
    const short = o.shortName ?? DEFAULT_SHORT_NAMES[o.kind];
    if (short) {
      keep.add(short);
      keep.add(short.charAt(0).toUpperCase() + short.slice(1));
    }
  }
  for (const p of result.people) keep.add(p.label);
  return { keep: [...keep].filter(Boolean).sort() };
}

export interface PublicationReview extends ReviewOutcome {
  /** The letter with the case's people replaced by labels, before the decisions. */
  anonymised: Letter;
}

/** The anonymised letter, the details found in it and the decisions applied (see the module comment). */
export function reviewForPublication(
  letter: Letter,
  parties: { people: LetterPerson[]; organisations: LetterOrganisation[] },
  decisions: PiiDecision[],
): PublicationReview {
  const result = anonymiseLetter(letter, parties);
  return { anonymised: result.letter, ...reviewAnonymisedLetter(result.letter, publicationContext(result), decisions) };
}
