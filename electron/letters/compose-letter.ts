// A decision letter written from a template over a case file, with its letter checks: the one way
// every host makes a letter from a case. The desktop app starts a draft with it (LetterService
// `create`), and the s117 command writes it, from a stored case through LetterService `compose`
// (signed as `create` signs) or from a case file on disk directly.
import type { CaseFile } from '../../shared/casefile/schema';
import { checkLetter, type LetterCheck } from '../../shared/letters/checks';
import { letterParties } from '../../shared/letters/letter-parties';
import type { Letter } from '../../shared/letters/model';
import { buildLetter, type LetterInput, type TemplateId } from '../../shared/letters/templates';
import { letterInputForFile, type LetterInputOptions } from './letter-input';

export interface ComposedLetter {
  template: TemplateId;
  /** What the template was given: the case file, its check, duties and remedy, the date, the signatory. */
  input: LetterInput;
  letter: Letter;
  /** The letter checks, against the case and on the letter's date (errors block a final decision). */
  checks: LetterCheck[];
  /** The case's people and organisations on the letter's date, as the anonymiser takes them. */
  parties: ReturnType<typeof letterParties>;
}

export function composeLetter(
  file: CaseFile,
  template: TemplateId,
  options: LetterInputOptions & { investigator: string },
  now: Date = new Date(),
): ComposedLetter {
  const input = letterInputForFile(file, options, now);
  const letter = buildLetter(template, input);
  return {
    template,
    input,
    letter,
    checks: checkLetter({ template, letter, input }),
    parties: letterParties(file, input.date),
  };
}
