// Checks that the remedy rests on the findings: every payment to a person on a finding of
// injustice to that person, every refund on a finding of financial loss, every body that pays
// or acts on a finding of fault by it; none ordered of a body that was not investigated, and no
// CCG made to pay after 1 July 2022 without the ICB that succeeded it.
import type { CaseFile } from '../../casefile/schema';
import { findingFits, needsSuccessor, remedyItems, type OrgDecision, type RemedyItem } from '../../decision';
import { formatPence } from '../../money/format-money';
import type { RemedyResult } from '../../remedies';
import { error, warning, type LetterCheck } from './types';

const orgName = (file: CaseFile, id: string) => file.organisations.find((o) => o.id === id)?.name ?? id;
const personName = (file: CaseFile, id: string) => {
  const p = file.people.find((x) => x.id === id);
  return p ? (p.title ? `${p.title} ${p.name}` : p.name) : id;
};

/** "the £500.00 distress payment to Mr X by the Trust (r1)", "the Council's share of the refund". */
export function describeItem(file: CaseFile, item: RemedyItem, remedy: RemedyResult): string {
  if (item.kind === 'refund') return `${orgName(file, item.id)}’s share of the refund`;
  if (item.kind === 'payment') {
    const amount = remedy.ok ? remedy.output.payments.find((p) => p.id === item.id)?.amount : undefined;
    const kind = file.remedy?.payments?.find((p) => p.id === item.id)?.kind.replace(/_/g, ' ') ?? '';
    return `the ${amount !== undefined ? `${formatPence(amount)} ` : ''}${kind} payment to ${personName(file, item.to ?? '')} (${item.id})`;
  }
  const action = file.remedy?.actions?.find((a) => a.id === item.id);
  return `the action “${action?.text?.trim() || action?.kind.replace(/_/g, ' ') || item.id}” (${item.id})`;
}

export function remedyChecks(
  file: CaseFile,
  remedy: RemedyResult,
  decisions: readonly OrgDecision[],
  letterDate: string,
): LetterCheck[] {
  const checks: LetterCheck[] = [];
  const findings = new Map((file.findings ?? []).map((f) => [f.id, f]));
  const loss = remedy.ok ? remedy.output.financialLoss.total : 0;
  const items = remedyItems(file, loss);
  const notInvestigated = new Set(decisions.filter((d) => d.outcome === 'not_investigated').map((d) => d.org));
  const withFault = new Set((file.findings ?? []).map((f) => f.org));
  const ordered = new Map<string, string[]>();

  for (const item of items) {
    const what = describeItem(file, item, remedy);
    for (const org of item.by) ordered.set(org, [...(ordered.get(org) ?? []), what]);
    const own = item.findings.map((id) => findings.get(id)).filter((f) => f !== undefined);
    const foreign = own.filter((f) => !item.by.includes(f.org));
    if (!item.inferred && foreign.length > 0)
      checks.push(
        error(
          'REMEDY-FINDING-OF-OTHER-BODY',
          `${what} names finding ${foreign.map((f) => f.id).join(', ')} of ${orgName(file, foreign[0]!.org)}, not of the body that gives it.`,
          'remedies',
        ),
      );
    if (item.kind !== 'action' && !own.some((f) => item.by.includes(f.org) && findingFits(file, item, f)))
      checks.push(
        error(
          'REMEDY-WITHOUT-INJUSTICE',
          item.kind === 'refund'
            ? `${what} rests on no finding of financial loss by ${orgName(file, item.id)}. Record the financial loss on a finding, or remove the body from the split.`
            : `${what} rests on no finding that records ${item.paymentKind === 'other' ? 'injustice' : (item.paymentKind ?? '').replace(/_/g, ' ')} to ${personName(file, item.to ?? '')}. Record the injustice on a finding, or remove the payment.`,
          item.kind === 'refund' ? 'findings' : 'remedies',
        ),
      );
    else if (item.inferred && own.length > 0)
      checks.push(
        warning(
          'REMEDY-FINDING-INFERRED',
          `${what} does not name the finding it remedies; it is taken to remedy ${own.map((f) => f.id).join(', ')}.`,
          'remedies',
        ),
      );
  }

  for (const [org, what] of ordered) {
    const name = orgName(file, org);
    const list = what.join('; ');
    if (notInvestigated.has(org))
      checks.push(
        error(
          'NOT-INVESTIGATED-ORDERED',
          `${name} was not investigated, but the remedy has it give ${list}.`,
          'remedies',
        ),
      );
    else if (!withFault.has(org))
      checks.push(
        error('PAYER-WITHOUT-FAULT', `${name} is to give ${list}, but no finding records fault by it.`, 'findings'),
      );
    const record = file.organisations.find((o) => o.id === org);
    if (record && needsSuccessor(record, letterDate) && !record.successor)
      checks.push(
        error(
          'CCG-WITHOUT-SUCCESSOR',
          `${name} is to give ${list}, but CCGs were abolished on 1 July 2022. Record the ICB that succeeded it on the case.`,
          'case',
        ),
      );
  }

  for (const d of decisions)
    if (d.outcome === 'not_investigated' && d.findings.length > 0)
      checks.push(
        error(
          'NOT-INVESTIGATED-WITH-FINDINGS',
          `${orgName(file, d.org)} is recorded as not investigated, but has ${d.findings.length === 1 ? 'a finding' : `${d.findings.length} findings`} (${d.findings.join(', ')}).`,
          'complaint',
        ),
      );
  return checks;
}
