// Amounts of symbolic payments seen in S117 decisions, for the UI to show beside the amount
// field as reference points. They are not a tariff: LGSCO deliberately publishes none
// (DOMAIN.md "Remedies"), so nothing here may be applied automatically.
import type { SymbolicPaymentKind } from '../domain/vocabulary';

export type ReferencePoint = {
  kind: SymbolicPaymentKind;
  /** Where it was seen, in words a caseworker can follow up. */
  source: string;
} & ({ amount: number; perMonth?: undefined } | { perMonth: number; amount?: undefined });

export const SYMBOLIC_PAYMENT_REFERENCE_POINTS: readonly ReferencePoint[] = [
  {
    kind: 'distress',
    amount: 100000,
    source: 'LGSCO/PHSO S117 guidance (2022), case study "Sarah" (19 016 759): £1,000 from the Trust for distress',
  },
  {
    kind: 'distress',
    amount: 50000,
    source:
      'LGSCO/PHSO S117 guidance (2022), case study "Sarah" (19 016 759): a further £500 each from the council and CCG',
  },
  {
    kind: 'distress',
    amount: 110000,
    source:
      'LGSCO/PHSO S117 guidance (2022), case study "Marlon" (18 012 800): £1,100 to Marlon for the impact of 48 weeks’ avoidable delay',
  },
  {
    kind: 'distress',
    amount: 25000,
    source:
      'LGSCO/PHSO S117 guidance (2022), case study "Marlon" (18 012 800): £250 to his mother for the impact on her',
  },
  { kind: 'distress', amount: 70000, source: 'LGSCO, Kent 23 012 780 (2024): £700 for distress' },
  { kind: 'time_and_trouble', amount: 30000, source: 'LGSCO, Kent 23 012 780 (2024): £300 for time and trouble' },
  { kind: 'lost_opportunity', amount: 100000, source: 'S117 decisions: £1,000 for lost opportunity' },
  { kind: 'distress', amount: 25000, source: 'S117 decisions: £250, a common lump sum' },
  { kind: 'distress', amount: 50000, source: 'S117 decisions: £500, a common lump sum' },
  {
    kind: 'distress',
    perMonth: 5000,
    source: 'S117 decisions: £50 a month for prolonged injustice',
  },
  {
    kind: 'distress',
    perMonth: 30000,
    source: 'S117 decisions: £300 a month for prolonged injustice',
  },
];

/** Reference points for one kind of payment, lump sums first, smallest first. */
export function referencePointsFor(kind: SymbolicPaymentKind): ReferencePoint[] {
  const rank = (p: ReferencePoint) => (p.amount !== undefined ? [0, p.amount] : [1, p.perMonth ?? 0]);
  return SYMBOLIC_PAYMENT_REFERENCE_POINTS.filter((p) => p.kind === kind).sort((a, b) => {
    const [ka, va] = rank(a) as [number, number];
    const [kb, vb] = rank(b) as [number, number];
    return ka - kb || va - vb;
  });
}
