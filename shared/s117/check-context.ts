// The context the duty check and the loss windows share (CASEFILE.md 1.1 "Episodes"): an
// s117_ended that fires any ENDED-* rule is not a proper ending, so it does not end its episode;
// charges, claims and missed reviews after it are judged as inside the episode.
import type { CaseFile } from '../casefile/schema';
import { buildRuleContext, type RuleContext } from './rule-context';
import { isEndingRule } from './rule-ids';
import { RULES } from './rules';

const ENDING_RULES = RULES.filter((r) => isEndingRule(r.id));

/** Ids of the s117_ended events that fire an ENDED-* rule (judged with every ending ending its episode). */
export function improperEndings(context: RuleContext): Set<string> {
  const endings = new Set(context.timeline.events.filter((e) => e.type === 's117_ended').map((e) => e.id));
  if (endings.size === 0) return endings;
  const improper = new Set<string>();
  for (const rule of ENDING_RULES)
    for (const draft of rule.evaluate(context)) for (const id of draft.events) if (endings.has(id)) improper.add(id);
  return improper;
}

export function buildCheckContext(file: CaseFile, asAt: string): RuleContext {
  const provisional = buildRuleContext(file, asAt);
  const improper = improperEndings(provisional);
  if (improper.size === 0) return provisional;
  return buildRuleContext(file, asAt, {
    timeline: provisional.timeline,
    endsAftercare: (ending) => !improper.has(ending.id),
  });
}
