// A letter check's result: what is wrong, how serious, and where the investigator fixes it.
// Errors block approval (never editing); warnings are shown and do not block.
import { z } from 'zod';

export const CHECK_SEVERITIES = ['error', 'warning'] as const;
/** Where a problem is fixed: a tab of the case, the case form, the letter itself, or settings. */
export const FIX_PLACES = ['complaint', 'findings', 'remedies', 'case', 'letter', 'settings'] as const;
export type FixPlace = (typeof FIX_PLACES)[number];

export const letterCheckSchema = z.object({
  /** Stable id: "REMEDY-WITHOUT-INJUSTICE". */
  check: z.string(),
  severity: z.enum(CHECK_SEVERITIES),
  message: z.string(),
  fix: z.enum(FIX_PLACES),
});
export type LetterCheck = z.infer<typeof letterCheckSchema>;

export const CHECK_IDS = [
  'NO-COMPLAINT-HEADS',
  'REFERENCE-BLANK',
  'SIGNATURE-MISSING',
  'REMEDY-WITHOUT-INJUSTICE',
  'REMEDY-FINDING-OF-OTHER-BODY',
  'REMEDY-FINDING-INFERRED',
  'PAYER-WITHOUT-FAULT',
  'NOT-INVESTIGATED-ORDERED',
  'NOT-INVESTIGATED-WITH-FINDINGS',
  'DECISION-LINE-MISMATCH',
  'CCG-WITHOUT-SUCCESSOR',
  'DEADLINE-BEFORE-LETTER',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

export const error = (check: CheckId, message: string, fix: FixPlace): LetterCheck => ({
  check,
  severity: 'error',
  message,
  fix,
});
export const warning = (check: CheckId, message: string, fix: FixPlace): LetterCheck => ({
  check,
  severity: 'warning',
  message,
  fix,
});
