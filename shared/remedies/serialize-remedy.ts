// Prints the remedy output as `s117 remedy --json` does: 2-space JSON, keys in the order
// CASEFILE.md shows, a trailing newline; the same output always gives the same bytes.
import type { RemedyOutput } from './remedy-output';

export function serializeRemedy(output: RemedyOutput): string {
  const { financialLoss: loss } = output;
  // Rebuilt field by field so the key order never depends on how the object was made.
  const ordered = {
    financialLoss: {
      items: loss.items.map((i) => ({
        payment: i.payment,
        gross: i.gross,
        offset: i.offset,
        net: i.net,
        days: i.days,
        interest: i.interest,
      })),
      gross: loss.gross,
      offsets: loss.offsets,
      net: loss.net,
      interest: loss.interest,
      total: loss.total,
    },
    byOrganisation: { ...output.byOrganisation },
    byRecipient: { ...output.byRecipient },
    payments: output.payments.map((p) => ({ id: p.id, kind: p.kind, to: p.to, by: p.by, amount: p.amount })),
    total: output.total,
    deadlines: output.deadlines.map((d) => ({ action: d.action, due: d.due })),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
