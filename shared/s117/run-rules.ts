// Runs rules over a context and turns their drafts into output flags: rule id, severity (an
// imprecise date lowers a fault to a concern, and the message says so), citation; flags are
// sorted by date, then rule id, keeping the rules' own order for ties so output is stable.
import type { Flag } from './check-output';
import { describeEventDate, isImprecise, type DraftFlag, type Rule, type RuleContext } from './rule-context';

function imprecisionNote(draft: DraftFlag): string | null {
  const seen = new Set<string>();
  const vague = (draft.dependsOn ?? []).filter((e) => {
    if (!isImprecise(e) || seen.has(e.id)) return false;
    seen.add(e.id);
    return true;
  });
  if (vague.length === 0) return null;
  const list = vague.map((e) => `the ${e.type.replace(/_/g, ' ')} is dated only "${describeEventDate(e)}"`).join('; ');
  return `This depends on an imprecise date (${list}), so it is a concern to check rather than a settled fault.`;
}

export function toFlag(rule: Rule, draft: DraftFlag): Flag {
  let severity = draft.severity ?? rule.severity;
  let message = draft.message;
  const note = imprecisionNote(draft);
  if (note) {
    if (severity === 'fault') severity = 'concern';
    message = `${message} ${note}`;
  }
  return {
    rule: rule.id,
    severity,
    orgs: [...draft.orgs],
    date: draft.date,
    events: [...draft.events],
    payments: [...(draft.payments ?? [])],
    message,
    citation: rule.citation,
  };
}

export function sortFlags(flags: Flag[]): Flag[] {
  return flags
    .map((flag, order) => ({ flag, order }))
    .sort((a, b) => {
      if (a.flag.date !== b.flag.date) return a.flag.date < b.flag.date ? -1 : 1;
      if (a.flag.rule !== b.flag.rule) return a.flag.rule < b.flag.rule ? -1 : 1;
      return a.order - b.order;
    })
    .map(({ flag }) => flag);
}

export function runRules(context: RuleContext, rules: readonly Rule[]): Flag[] {
  const flags: Flag[] = [];
  for (const rule of rules) for (const draft of rule.evaluate(context)) flags.push(toFlag(rule, draft));
  return sortFlags(flags);
}
