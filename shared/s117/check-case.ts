// The duty check: `checkCase(file, { asAt })` gives eligibility, episodes, the responsible
// bodies for the episode in force at asAt, and the flags of every rule (CASEFILE.md "Duty check
// output"). Pure and deterministic: the same file and asAt always give the same output.
import type { CaseFile } from '../casefile/schema';
import type { CheckOutput } from './check-output';
import { NOT_ELIGIBLE_RESPONSIBILITY } from './responsibility';
import { buildCheckContext } from './check-context';
import type { Rule, RuleContext } from './rule-context';
import { RULES } from './rules';
import { runRules } from './run-rules';
import { orderCheckOutput } from './serialize-check';

export interface CheckOptions {
  /** The date the rules are judged at ('YYYY-MM-DD'); events after it are not considered. */
  asAt: string;
}

export function checkFromContext(context: RuleContext, rules: readonly Rule[] = RULES): CheckOutput {
  const current = context.current;
  const responsible =
    context.eligible && current
      ? { council: current.responsibility.council, nhs: current.responsibility.nhs }
      : NOT_ELIGIBLE_RESPONSIBILITY;
  return orderCheckOutput({
    eligible: context.eligible,
    entitlementFrom: context.entitlementFrom,
    responsible,
    episodes: context.episodes.map((e) => ({
      detention: e.detention.id,
      discharge: e.discharge?.id ?? null,
      end: e.end?.id ?? null,
    })),
    flags: runRules(context, rules),
  });
}

export function checkCase(file: CaseFile, options: CheckOptions): CheckOutput {
  return checkFromContext(buildCheckContext(file, options.asAt));
}
