// Where paid-for services count as financial loss (CASEFILE.md "Financial loss"): from each
// episode's discharge to its end, where only a proper ending (an s117_ended that fires no
// ENDED-* rule) ends an episode; an improper ending leaves the duty, and the loss, running.
import type { LossWindows } from '../remedies/remedy-output';
import type { CaseFile } from '../casefile/schema';
import { findEpisodes } from './episodes';
import { buildRuleContext } from './rule-context';
import { isEndingRule } from './rule-ids';
import { RULES } from './rules';
import { runRules } from './run-rules';

export function lossWindows(file: CaseFile, asAt: string): LossWindows {
  const context = buildRuleContext(file, asAt);
  const improper = new Set(
    runRules(
      context,
      RULES.filter((r) => isEndingRule(r.id)),
    ).flatMap((f) => f.events),
  );
  const spans = findEpisodes(context.timeline, asAt, (ending) => !improper.has(ending.id));
  return {
    entitlementFrom: context.entitlementFrom,
    windows: spans.flatMap((s) => (s.discharge ? [{ from: s.discharge.date, to: s.endDate }] : [])),
  };
}
