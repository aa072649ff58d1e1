// The input a letter template is built from a case file (stored or on disk, see
// compose-letter.ts): the case file, its duty check and duties, and its remedy, "as at" the
// date asked.
import type { CaseFile } from '../../shared/casefile/schema';
import { todayInLondon } from '../../shared/dates/calendar-date';
import type { LetterInput } from '../../shared/letters/templates';
import { checkCase } from '../../shared/s117/check-case';
import { dutyStatuses } from '../../shared/s117/duties';
import { remedyForFile, resolveAsAt } from '../services/analysis-service';

export interface LetterInputOptions {
  asAt?: string;
  /** The date on the letter; today in London by default. */
  date?: string;
  /** The signatory; LetterService.compose signs with the investigator in settings by default. */
  investigator?: string;
}

/** Everything a template needs from one case file. */
export function letterInputForFile(
  file: CaseFile,
  options: LetterInputOptions & { investigator: string },
  now: Date = new Date(),
): LetterInput {
  const asAt = resolveAsAt(file, options.asAt, now);
  const check = checkCase(file, { asAt });
  return {
    file,
    check,
    duties: dutyStatuses(file, check),
    remedy: remedyForFile(file, asAt),
    asAt,
    date: options.date ?? todayInLondon(now),
    investigator: options.investigator,
  };
}
