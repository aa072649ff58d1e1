// What a template is built from: the case, its duty check, duties and remedy, and the dates
// and signatory of the letter.
import type { CaseFile } from '../../casefile/schema';
import type { RemedyResult } from '../../remedies';
import type { CheckOutput } from '../../s117/check-output';
import type { DutyStatus } from '../../s117/duties';

export interface LetterInput {
  file: CaseFile;
  check: CheckOutput;
  duties: DutyStatus[];
  remedy: RemedyResult;
  /** YYYY-MM-DD: the date the check and the remedy were worked out to. */
  asAt: string;
  /** YYYY-MM-DD: the date on the letter. */
  date: string;
  /** The signatory's name. */
  investigator: string;
}
