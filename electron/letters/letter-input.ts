// The input a letter template is built from, for a stored case or a case file on disk: the
// case file, its duty check and duties, and its remedy, "as at" the date asked.
import type { AnalysisService } from '../services/analysis-service';
import type { SettingsService } from '../services/settings-service';
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
  /** The signatory; the investigator in settings by default (services only). */
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

/** The letter input for a stored case, signed by the investigator named in settings. */
export function letterInputFor(
  services: { analysis: Pick<AnalysisService, 'caseFile'>; settings: Pick<SettingsService, 'get'> },
  caseId: string,
  options: LetterInputOptions = {},
): LetterInput {
  const file = services.analysis.caseFile(caseId);
  return letterInputForFile(file, {
    ...options,
    investigator: options.investigator ?? services.settings.get().investigatorName,
  });
}
