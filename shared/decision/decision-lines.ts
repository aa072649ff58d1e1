// The header's decision lines: one per body in the decision, under its own reference.
import type { CaseFile } from '../casefile/schema';
import { decideOutcomes, OUTCOME_LINES, type OrgDecision } from './outcomes';
import { orgHeaderNameOn } from './org-names';
import { decisionReferences } from './references';

export interface DecisionLine {
  org: string;
  reference: string;
  body: string;
  decision: string;
}

export function decisionLine(decision: OrgDecision): string {
  const line = OUTCOME_LINES[decision.outcome];
  return decision.outcome === 'not_investigated' && decision.reason
    ? `${line}: ${decision.reason.replace(/\.$/, '')}`
    : line;
}

export function decisionLines(file: CaseFile, date: string, decisions = decideOutcomes(file)): DecisionLine[] {
  const refs = decisionReferences(file, decisions);
  return decisions.map((d) => {
    const org = file.organisations.find((o) => o.id === d.org)!;
    return {
      org: d.org,
      reference: refs.get(d.org) ?? '',
      body: orgHeaderNameOn(org, date),
      decision: decisionLine(d),
    };
  });
}
