// The case's rule settings (review intervals, delay thresholds) with the defaults filled in.
import type { CaseFile } from '../casefile/schema';
import { DEFAULT_CASE_SETTINGS, type CaseSettings } from '../domain/vocabulary';

export function resolveSettings(file: CaseFile): CaseSettings {
  const given = file.case.settings ?? {};
  return {
    firstReviewWeeks: given.firstReviewWeeks ?? DEFAULT_CASE_SETTINGS.firstReviewWeeks,
    reviewIntervalMonths: given.reviewIntervalMonths ?? DEFAULT_CASE_SETTINGS.reviewIntervalMonths,
    servicesDelayDays: given.servicesDelayDays ?? DEFAULT_CASE_SETTINGS.servicesDelayDays,
    deteriorationMonths: given.deteriorationMonths ?? DEFAULT_CASE_SETTINGS.deteriorationMonths,
  };
}
