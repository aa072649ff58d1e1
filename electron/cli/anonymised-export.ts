// How `s117 letter` and `s117 chronology` export: with `--anonymise`, the review file's decisions
// (`--review FILE`) are applied, and while identifying details are unresolved nothing is written,
// each detail is listed on stderr with its context, and `--review-template FILE` writes them to a
// review file to fill in.
import { AppError } from '../errors';
import { exportLetter, UnreviewedDetailsError, type ExportLetterOptions } from '../letters/export-letter';
import { writeFileAtomically } from '../files/write-atomically';
import type { Letter } from '../../shared/letters/model';
import { reviewForPublication } from '../../shared/letters/pii/publication';
import { detailKey, type PiiDecision } from '../../shared/letters/pii/decision';
import type { CliContext } from './context';
import { CliFailure, UsageError } from './io';
import { parseOut } from './commands/letter';
import { printUnresolved, readReviewFile, writeReviewTemplate } from './review-file';

export interface ReviewPaths {
  review?: string;
  reviewTemplate?: string;
}

/** `--review FILE` and `--review-template FILE`, for `s117 letter` and `s117 chronology`. */
export const REVIEW_OPTIONS = { review: { type: 'string' }, 'review-template': { type: 'string' } } as const;

export function reviewPaths(
  values: { review?: string; 'review-template'?: string },
  anonymise: boolean,
): { review?: string; reviewTemplate?: string } {
  if (!anonymise && (values.review || values['review-template']))
    throw new UsageError('--review and --review-template go with --anonymise');
  if (values['review-template'] !== undefined) parseOut(values['review-template']);
  return {
    ...(values.review ? { review: values.review } : {}),
    ...(values['review-template'] ? { reviewTemplate: values['review-template'] } : {}),
  };
}

export async function exportForCli(
  ctx: CliContext,
  letter: Letter,
  options: Omit<ExportLetterOptions, 'decisions'>,
  out: string,
  paths: ReviewPaths,
  /** Decisions saved in the workspace (a stored case's chronology); the review file's win. */
  saved: PiiDecision[] = [],
): Promise<Uint8Array> {
  const fromFile = paths.review ? readReviewFile(paths.review) : [];
  const inFile = new Set(fromFile.map((d) => detailKey(d.text)));
  const decisions = [...saved.filter((d) => !inFile.has(detailKey(d.text))), ...fromFile];
  if (options.anonymise && paths.reviewTemplate) {
    const review = reviewForPublication(letter, options, decisions);
    writeReviewTemplate(paths.reviewTemplate, decisions, review.unresolved);
  }
  try {
    const { bytes } = await exportLetter(letter, { ...options, decisions });
    writeFileAtomically(out, bytes);
    return bytes;
  } catch (err) {
    if (err instanceof UnreviewedDetailsError) {
      const n = err.unresolved.length;
      ctx.io.err(`s117: ${n} identifying detail${n === 1 ? '' : 's'} to review before publication:`);
      printUnresolved(ctx.io, err.unresolved);
      throw new CliFailure(
        `refused to write ${out}: ${n} identifying detail${n === 1 ? '' : 's'} unresolved; ` +
          (paths.reviewTemplate
            ? `they are listed in ${paths.reviewTemplate}: set each "action" to "replace" (with a "replacement") or "keep" (with a "reason") and pass the file with --review`
            : 'decide on each in a review file (--review-template FILE writes one to fill in) and pass it with --review FILE'),
      );
    }
    if (err instanceof AppError && err.code === 'anonymisation_failed') {
      const [first, ...places] = err.message.split('\n');
      throw new CliFailure(
        `refused to write ${out}: ${first} ${places.slice(0, 3).join('; ')}${places.length > 3 ? `; and ${places.length - 3} more` : ''}`,
      );
    }
    throw err;
  }
}
