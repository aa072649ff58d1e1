// Where paid-for services count as financial loss (CASEFILE.md "Financial loss"): from each
// episode's discharge to its end, the same episodes as the duty check: only a proper ending (an
// s117_ended that fires no ENDED-* rule) ends an episode; an improper ending leaves the duty, and
// the loss, running.
import type { LossWindows } from '../remedies/remedy-output';
import type { CaseFile } from '../casefile/schema';
import { buildCheckContext } from './check-context';

export function lossWindows(file: CaseFile, asAt: string): LossWindows {
  const context = buildCheckContext(file, asAt);
  return {
    entitlementFrom: context.entitlementFrom,
    windows: context.episodes.flatMap((s) => (s.discharge ? [{ from: s.discharge.date, to: s.endDate }] : [])),
  };
}
