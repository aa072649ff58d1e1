// Every remedy the case orders, with who gives it, who receives it and the findings it remedies:
// a body's share of the refund, each symbolic payment and each agreed action. An item that names
// no finding is linked to the findings of its payer that fit it (inferred), so the letter checks
// can say which findings a remedy rests on, or that none can.
import type { CaseFile, CaseFileFinding } from '../casefile/schema';
import { injusticeRecipients } from './injustice';

export type RemedyItemKind = 'refund' | 'payment' | 'action';

export interface RemedyItem {
  kind: RemedyItemKind;
  /** The payment's or action's id; a refund share's organisation id. */
  id: string;
  /** Where the item sits in the case file: "remedy.payments[0]". */
  path: string;
  /** The organisations that pay or act. */
  by: string[];
  /** Who receives a payment (a person id); null for refunds and actions. */
  to: string | null;
  /** A symbolic payment's kind (distress, time_and_trouble…); null for refunds and actions. */
  paymentKind: string | null;
  /** The findings named on the item. */
  named: string[];
  /** The findings it remedies: those named, else those inferred. */
  findings: string[];
  inferred: boolean;
}

/**
 * Whether a finding can ground this item: a refund needs financial loss; a symbolic payment an
 * injustice of its kind (any, for "other") to its recipient; an action any finding of fault.
 */
export function findingFits(
  file: CaseFile,
  item: Pick<RemedyItem, 'kind' | 'to' | 'paymentKind'>,
  finding: CaseFileFinding,
): boolean {
  if (item.kind === 'refund') return finding.injustice.includes('financial_loss');
  if (item.kind === 'payment') {
    const kindFits =
      item.paymentKind === null || item.paymentKind === 'other'
        ? finding.injustice.length > 0
        : (finding.injustice as string[]).includes(item.paymentKind);
    return kindFits && item.to !== null && injusticeRecipients(file, finding).includes(item.to);
  }
  return true;
}

function link(
  file: CaseFile,
  base: Omit<RemedyItem, 'findings' | 'inferred' | 'named'>,
  named: readonly string[] | undefined,
): RemedyItem {
  if (named && named.length > 0) return { ...base, named: [...named], findings: [...named], inferred: false };
  const findings = (file.findings ?? [])
    .filter((f) => base.by.includes(f.org) && findingFits(file, base, f))
    .map((f) => f.id);
  return { ...base, named: [], findings, inferred: true };
}

/**
 * The remedy items in the file's order: refund shares (only when there is a loss to refund, given
 * as `lossToRefund` in pence), then symbolic payments, then actions.
 */
export function remedyItems(file: CaseFile, lossToRefund: number): RemedyItem[] {
  const remedy = file.remedy;
  const items: RemedyItem[] = [];
  if (lossToRefund > 0)
    (remedy?.apportionment ?? []).forEach((a, i) => {
      if (a.percent > 0)
        items.push(
          link(
            file,
            { kind: 'refund', id: a.org, path: `remedy.apportionment[${i}]`, by: [a.org], to: null, paymentKind: null },
            a.findings,
          ),
        );
    });
  (remedy?.payments ?? []).forEach((p, i) =>
    items.push(
      link(
        file,
        { kind: 'payment', id: p.id, path: `remedy.payments[${i}]`, by: [p.by], to: p.to, paymentKind: p.kind },
        p.findings,
      ),
    ),
  );
  (remedy?.actions ?? []).forEach((a, i) =>
    items.push(
      link(
        file,
        { kind: 'action', id: a.id, path: `remedy.actions[${i}]`, by: [...a.by], to: null, paymentKind: null },
        a.findings,
      ),
    ),
  );
  return items;
}
