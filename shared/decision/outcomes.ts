// The decision per organisation, derived from the case and never typed by hand: fault causing
// injustice, fault without injustice, no fault, not investigated (with the reason) or remedied
// before the decision. The letter's decision lines, summary and scope are written from this, and
// the letter checks hold the letter to it.
import type { CaseFile, CaseFileFinding } from '../casefile/schema';

export const OUTCOME_KINDS = [
  'fault_injustice',
  'fault_no_injustice',
  'no_fault',
  'not_investigated',
  'remedied_before_decision',
] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

/** The decision line for each outcome, as LGSCO/PHSO decision statements put it. */
export const OUTCOME_LINES: Record<OutcomeKind, string> = {
  fault_injustice: 'Upheld: fault causing injustice',
  fault_no_injustice: 'Upheld: fault, no injustice',
  no_fault: 'Not upheld: no fault',
  not_investigated: 'Not investigated',
  remedied_before_decision: 'Closed after initial enquiries: remedied before the decision',
};

/** Why a body appears in the decision at all. */
export type DecisionBasis = 'findings' | 'complaint' | 'scope';

export interface OrgDecision {
  org: string;
  outcome: OutcomeKind;
  basis: DecisionBasis;
  /** The investigator's reason, for a body not investigated or remedied before the decision. */
  reason: string | null;
  /** Ids of its findings, in the file's order. */
  findings: string[];
}

export const isFault = (outcome: OutcomeKind) => outcome === 'fault_injustice' || outcome === 'fault_no_injustice';

export const recordsInjustice = (finding: CaseFileFinding) => finding.injustice.length > 0;

/** The organisations any complaint head names. */
export function complainedAbout(file: CaseFile): Set<string> {
  return new Set((file.complaint?.heads ?? []).flatMap((h) => h.orgs));
}

/**
 * One decision per organisation that has findings, is named by the complaint or was scoped out,
 * in the file's order of organisations. A body with no findings that the complaint does not name
 * is not part of the decision.
 */
export function decideOutcomes(file: CaseFile): OrgDecision[] {
  const findings = file.findings ?? [];
  const named = complainedAbout(file);
  const scope = new Map((file.complaint?.scope ?? []).map((s) => [s.org, s]));
  const decisions: OrgDecision[] = [];
  for (const org of file.organisations) {
    const own = findings.filter((f) => f.org === org.id);
    const scoped = scope.get(org.id);
    const ids = own.map((f) => f.id);
    if (scoped) {
      decisions.push({ org: org.id, outcome: scoped.outcome, basis: 'scope', reason: scoped.reason, findings: ids });
    } else if (own.length > 0) {
      const outcome = own.some(recordsInjustice) ? 'fault_injustice' : 'fault_no_injustice';
      decisions.push({ org: org.id, outcome, basis: 'findings', reason: null, findings: ids });
    } else if (named.has(org.id)) {
      decisions.push({ org: org.id, outcome: 'no_fault', basis: 'complaint', reason: null, findings: [] });
    }
  }
  return decisions;
}

/** The letter's one-line decision over all bodies: upheld when any body is at fault. */
export function overallOutcome(decisions: readonly OrgDecision[]): string {
  if (decisions.some((d) => d.outcome === 'fault_injustice')) return OUTCOME_LINES.fault_injustice;
  if (decisions.some((d) => d.outcome === 'fault_no_injustice')) return OUTCOME_LINES.fault_no_injustice;
  if (decisions.some((d) => d.outcome === 'no_fault')) return OUTCOME_LINES.no_fault;
  if (decisions.some((d) => d.outcome === 'remedied_before_decision')) return OUTCOME_LINES.remedied_before_decision;
  return decisions.length > 0 ? OUTCOME_LINES.not_investigated : '';
}
