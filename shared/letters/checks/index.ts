// The letter checks: run on every draft, shown in the letter editor and by `s117 letter`. Any
// error blocks approval (and a final decision from the CLI); editing is never blocked.
import type { Letter } from '../model';
import type { LetterInput, TemplateId } from '../templates';
import { decideOutcomes } from '../../decision';
import {
  complaintChecks,
  deadlineChecks,
  decisionLineChecks,
  referenceChecks,
  signatureChecks,
} from './content-checks';
import { remedyChecks } from './remedy-checks';
import type { LetterCheck } from './types';

export * from './types';

export interface LetterCheckInput {
  template: TemplateId;
  /** The letter as it stands (edited). */
  letter: Letter;
  /** The case now, as the template would read it on the letter's date. */
  input: LetterInput;
}

export function checkLetter({ template, letter, input }: LetterCheckInput): LetterCheck[] {
  const { file } = input;
  const decisions = decideOutcomes(file);
  const decision = template === 'draft' || template === 'final';
  const checks: LetterCheck[] = [
    ...complaintChecks(file),
    ...referenceChecks(letter),
    ...signatureChecks(letter, template === 'final'),
    ...(decision ? decisionLineChecks(file, letter, decisions) : []),
    ...remedyChecks(file, input.remedy, decisions, letter.header.date),
    ...deadlineChecks(letter),
  ];
  // Errors first, each problem once.
  const seen = new Set<string>();
  return [...checks.filter((c) => c.severity === 'error'), ...checks.filter((c) => c.severity === 'warning')].filter(
    (c) => {
      const key = `${c.check}|${c.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    },
  );
}

export const hasErrors = (checks: readonly LetterCheck[]) => checks.some((c) => c.severity === 'error');
