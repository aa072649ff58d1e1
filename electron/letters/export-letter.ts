// A letter as PDF or DOCX bytes, anonymised first when asked. An anonymised export is checked
// for any trace of a real name and refused (nothing returned, nothing written) if one remains;
// then for every other identifying detail (NHS numbers, addresses, people not on the case…),
// and refused while any is unresolved by the investigator's review decisions.
import { AppError } from '../errors';
import { type LetterOrganisation, type LetterPerson } from '../../shared/letters/anonymise';
import { findRealNames } from '../../shared/letters/find-real-names';
import type { Letter } from '../../shared/letters/model';
import { PII_KIND_LABELS } from '../../shared/letters/pii';
import { reviewForPublication } from '../../shared/letters/pii/publication';
import { describeUnresolved, type PiiDecision, type ReviewItem } from '../../shared/letters/pii/review';
import { renderLetterDocx } from '../../shared/letters/render-docx';
import { renderLetterPdf } from '../../shared/letters/render-pdf';
import { detectPiiInText } from '../../shared/letters/pii';
import { anonymiseLetter } from '../../shared/letters/anonymise';
import { publicationContext } from '../../shared/letters/pii/publication';
import { escapeRegExp } from '../../shared/letters/name-patterns';
import { documentMetadata } from './document-metadata';
import { loadLetterFonts } from './fonts';

export interface ExportLetterOptions {
  format: 'pdf' | 'docx';
  anonymise: boolean;
  people: LetterPerson[];
  organisations: LetterOrganisation[];
  /** The review's decisions on identifying details (anonymised exports only). */
  decisions?: PiiDecision[];
}

/** Where real names remain, one per line: `"Jones" in What I found, paragraph 24`. */
export function describeRealNames(findings: ReturnType<typeof findRealNames>): string {
  return findings.map((f) => `"${f.found}" in ${f.where}`).join('\n');
}

/** Thrown while identifying details are unresolved; the message lists them one per line. */
export class UnreviewedDetailsError extends AppError {
  constructor(readonly unresolved: ReviewItem[]) {
    super(
      'anonymisation_unreviewed',
      `The anonymised letter has ${unresolved.length} identifying detail${unresolved.length === 1 ? '' : 's'} to review before it can be exported:\n` +
        describeUnresolved(unresolved, (k) => PII_KIND_LABELS[k]).join('\n'),
    );
  }
}

/**
 * The letter as it would be published: anonymised, checked for real names (AppError
 * `anonymisation_failed`) and for unresolved details (UnreviewedDetailsError), decisions applied.
 */
export function publishableLetter(letter: Letter, options: Omit<ExportLetterOptions, 'format' | 'anonymise'>): Letter {
  const review = reviewForPublication(letter, options, options.decisions ?? []);
  const remaining = findRealNames(review.anonymised, options.people);
  if (remaining.length > 0)
    throw new AppError(
      'anonymisation_failed',
      `The anonymised letter still names ${remaining.length === 1 ? 'a real person' : 'real people'}:\n${describeRealNames(remaining)}`,
    );
  if (review.unresolved.length > 0) throw new UnreviewedDetailsError(review.unresolved);
  // A replacement must not bring a real name back.
  const after = findRealNames(review.letter, options.people);
  if (after.length > 0)
    throw new AppError(
      'anonymisation_failed',
      `A replacement chosen in the review names ${after.length === 1 ? 'a real person' : 'real people'}:\n${describeRealNames(after)}`,
    );
  // The signatory is the document's author in some exports: never a party to the case.
  const signatory = letter.signature.name.trim().toLowerCase();
  if (signatory && options.people.some((p) => p.name.trim().toLowerCase() === signatory))
    throw new AppError(
      'anonymisation_failed',
      `The letter is signed by ${letter.signature.name}, a party to the case.`,
    );
  return review.letter;
}

export async function exportLetter(
  letter: Letter,
  options: ExportLetterOptions,
): Promise<{ bytes: Uint8Array; letter: Letter }> {
  const rendered = options.anonymise ? publishableLetter(letter, options) : letter;
  const bytes =
    options.format === 'pdf'
      ? await renderLetterPdf(rendered, await loadLetterFonts())
      : await renderLetterDocx(rendered);
  if (options.anonymise) await assertMetadataClean(bytes, letter, options);
  return { bytes, letter: rendered };
}

/**
 * Refuses an anonymised document whose metadata, read back from the bytes, names a party (any of
 * their names of two letters or more) or holds an identifying detail the review has not kept.
 */
export async function assertMetadataClean(
  bytes: Uint8Array,
  letter: Letter,
  options: ExportLetterOptions,
): Promise<void> {
  const context = publicationContext(anonymiseLetter(letter, options));
  const kept = new Set((options.decisions ?? []).filter((d) => d.action === 'keep').map((d) => d.text));
  const names = options.people.flatMap((p) => p.name.split(/\s+/)).filter((part) => part.length >= 2);
  const named = names.length
    ? new RegExp(`(?<![\\p{L}])(?:${names.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iu')
    : null;
  const problems = (await documentMetadata(bytes, options.format)).flatMap(({ field, value }) => {
    const found = [
      ...(named?.exec(value) ? [named.exec(value)![0]] : []),
      ...detectPiiInText(value, context)
        .map((d) => d.text)
        .filter((t) => !kept.has(t)),
    ];
    return found.map((f) => `"${f}" in the document's ${field}`);
  });
  if (problems.length > 0)
    throw new AppError(
      'anonymisation_failed',
      `The anonymised document's metadata identifies someone:\n${problems.join('\n')}`,
    );
}
