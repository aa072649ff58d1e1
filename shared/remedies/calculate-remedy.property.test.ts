import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CaseFile } from '../casefile/schema';
import { calculateRemedy } from './calculate-remedy';
import { remedyOutputSchema } from './remedy-output';
import { serializeRemedy } from './serialize-remedy';
import { exampleCaseFile, exampleLossWindows } from './test-support/example-case';

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

const dateArb = fc
  .date({ min: new Date(Date.UTC(2018, 0, 1)), max: new Date(Date.UTC(2022, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const paymentArb = (index: number) =>
  fc.oneof(
    fc.record({
      id: fc.constant(`m${index}`),
      date: dateArb,
      amount: fc.integer({ min: 0, max: 5_000_000 }),
      paidBy: fc.constantFrom('p1', 'p2'),
      meetsMentalHealthNeed: fc.boolean(),
    }),
    fc
      .record({
        from: dateArb,
        weeks: fc.integer({ min: 0, max: 60 }),
        every: fc.constantFrom('week' as const, 'month' as const),
        amount: fc.integer({ min: 0, max: 200_000 }),
        paidBy: fc.constantFrom('p1', 'p2'),
      })
      .map(({ from, weeks, every, amount, paidBy }) => {
        const to = new Date(`${from}T00:00:00Z`);
        to.setUTCDate(to.getUTCDate() + weeks * 7);
        return {
          id: `m${index}`,
          paidBy,
          meetsMentalHealthNeed: true,
          schedule: { from, to: to.toISOString().slice(0, 10), every, amount },
        };
      }),
  );

const percentsArb = fc.array(fc.nat({ max: 100 }), { minLength: 1, maxLength: 4 }).map((cuts) => {
  const points = [0, ...cuts.slice(1).sort((a, b) => a - b), 100];
  return points.slice(1).map((p, i) => p - (points[i] ?? 0));
});

const caseArb = fc.integer({ min: 0, max: 5 }).chain((paymentCount) =>
  fc.record({
    payments: fc.tuple(...Array.from({ length: paymentCount }, (_, i) => paymentArb(i + 1))),
    offsets: fc.array(
      fc.record({
        amount: fc.integer({ min: 0, max: 3_000_000 }),
        kind: fc.constantFrom('housing_benefit' as const, 'other_benefit' as const, 'refund_already_paid' as const),
        against: fc.uniqueArray(fc.integer({ min: 1, max: Math.max(1, paymentCount) }), { minLength: 1, maxLength: 3 }),
      }),
      { maxLength: 4 },
    ),
    percents: percentsArb,
    rate: fc.constantFrom(0, 8, 8.25, 0.5, 12.75),
    asAt: dateArb,
  }),
);

const ORGS = ['council', 'nhs', 'trust', 'council'];

type RandomCase = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

function buildFile(c: RandomCase): CaseFile {
  const file: CaseFile = exampleCaseFile();
  file.payments = [...c.payments];
  file.offsets = c.offsets.map((o, i) => ({ id: `o${i + 1}`, ...o, against: o.against.map((n) => `m${n}`) }));
  file.remedy!.interestRatePercent = c.rate;
  file.remedy!.apportionment = c.percents.map((percent, i) => ({ org: ORGS[i] ?? 'council', percent }));
  return file;
}

describe('calculateRemedy on random cases', () => {
  it('keeps every total equal to the sum of its parts, with no part negative, identically run to run', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const file = buildFile(c);
        const lossWindows = { entitlementFrom: '2018-06-01', windows: [{ from: '2018-06-01', to: '2022-06-30' }] };
        const result = calculateRemedy(file, { asAt: c.asAt, lossWindows });
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const { output, explanation } = result;
        remedyOutputSchema.parse(output); // every amount an integer ≥ 0

        const loss = output.financialLoss;
        expect(loss.gross).toBe(sum(loss.items.map((i) => i.gross)));
        expect(loss.offsets).toBe(sum(loss.items.map((i) => i.offset)));
        expect(loss.net).toBe(sum(loss.items.map((i) => i.net)));
        expect(loss.interest).toBe(sum(loss.items.map((i) => i.interest)));
        expect(loss.total).toBe(loss.net + loss.interest);
        for (const item of loss.items) expect(item.net).toBe(item.gross - item.offset);

        // Offsets never apply more than they are worth.
        for (const o of explanation.offsets) expect(sum(o.applied.map((a) => a.amount)) + o.unapplied).toBe(o.amount);

        // The apportioned parts add up to the loss total.
        expect(sum(explanation.apportionment.map((a) => a.amount))).toBe(loss.total);

        const symbolic = sum(output.payments.map((p) => p.amount));
        expect(output.total).toBe(loss.total + symbolic);
        expect(sum(Object.values(output.byOrganisation))).toBe(output.total);
        expect(sum(Object.values(output.byRecipient))).toBe(output.total);
        for (const amount of [...Object.values(output.byOrganisation), ...Object.values(output.byRecipient)])
          expect(amount).toBeGreaterThan(0);

        const again = calculateRemedy(buildFile(c), { asAt: c.asAt, lossWindows });
        expect(again.ok && serializeRemedy(again.output)).toBe(serializeRemedy(output));
      }),
      { numRuns: 300 },
    );
  });

  it('apportions the example loss to the penny for any whole-percent split', () => {
    fc.assert(
      fc.property(percentsArb, fc.integer({ min: 0, max: 10_000_000 }), (percents, amount) => {
        const file = exampleCaseFile();
        file.payments![0]!.amount = amount;
        file.offsets = [];
        file.remedy!.payments = [];
        file.remedy!.apportionment = percents.map((percent, i) => ({ org: `org${i}`, percent }));
        const result = calculateRemedy(file, { asAt: '2022-01-15', lossWindows: exampleLossWindows });
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(sum(Object.values(result.output.byOrganisation))).toBe(amount);
        percents.forEach((percent, i) => {
          const part = result.output.byOrganisation[`org${i}`] ?? 0;
          expect(Math.abs(part - (amount * percent) / 100)).toBeLessThan(1.0001);
        });
      }),
    );
  });
});
