import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../casefile/schema';
import { calculateRemedy } from './calculate-remedy';
import { remedyOutputSchema, type RemedyOutput } from './remedy-output';
import { serializeRemedy } from './serialize-remedy';
import { exampleCaseFile, exampleLossWindows, exampleScheduledPayment } from './test-support/example-case';

const AS_AT = '2022-01-15';

function calculate(file: CaseFile, asAt = AS_AT, lossWindows = exampleLossWindows): RemedyOutput {
  const result = calculateRemedy(file, { asAt, lossWindows });
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  remedyOutputSchema.parse(result.output);
  return result.output;
}

function withFile(change: (file: CaseFile) => void): CaseFile {
  const file = exampleCaseFile();
  change(file);
  return file;
}

describe('calculateRemedy: the CASEFILE.md worked example', () => {
  it('prints exactly the documented output', () => {
    // Copied from CASEFILE.md "Remedy output", in its key order.
    const documented = {
      financialLoss: {
        items: [{ payment: 'm1', gross: 128800, offset: 40000, net: 88800, days: 1020, interest: 0 }],
        gross: 128800,
        offsets: 40000,
        net: 88800,
        interest: 0,
        total: 88800,
      },
      byOrganisation: { council: 44400, nhs: 44400, trust: 125000 },
      byRecipient: { p2: 113800, p1: 100000 },
      payments: [
        { id: 'r1', kind: 'distress', to: 'p1', by: 'trust', amount: 100000 },
        { id: 'r2', kind: 'time_and_trouble', to: 'p2', by: 'trust', amount: 25000 },
      ],
      total: 213800,
      deadlines: [
        { action: 'a1', due: '2022-02-12' },
        { action: 'a2', due: '2022-04-08' },
      ],
    };
    const printed = serializeRemedy(calculate(exampleCaseFile()));
    expect(printed).toBe(`${JSON.stringify(documented, null, 2)}\n`);
  });

  it('gives byte-identical output run to run', () => {
    expect(serializeRemedy(calculate(exampleCaseFile()))).toBe(serializeRemedy(calculate(exampleCaseFile())));
  });

  it('explains where the item came from and what the offset did', () => {
    const result = calculateRemedy(exampleCaseFile(), { asAt: AS_AT, lossWindows: exampleLossWindows });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.explanation.items).toEqual([{ item: 'm1', payment: 'm1', date: '2019-04-01', paidBy: 'p2' }]);
    expect(result.explanation.offsets).toEqual([
      {
        offset: 'o1',
        kind: 'housing_benefit',
        amount: 40000,
        applied: [{ item: 'm1', amount: 40000 }],
        unapplied: 0,
      },
    ]);
    expect(result.explanation.apportionment).toEqual([
      { org: 'council', percent: 50, amount: 44400 },
      { org: 'nhs', percent: 50, amount: 44400 },
    ]);
    expect(result.explanation.deadlinesFrom).toBe(AS_AT);
  });
});

describe('calculateRemedy: interest', () => {
  it('adds 8% simple interest per item, matching the hand calculation', () => {
    const file = withFile((f) => {
      f.remedy!.interestRatePercent = 8;
      f.remedy!.interestReason = 'the rate the courts use';
    });
    const output = calculate(file);
    // 88800p × 8% × 1020/365 = 19,852.27p → 19852 (see money/interest.test.ts).
    expect(output.financialLoss.items[0]).toMatchObject({ net: 88800, days: 1020, interest: 19852 });
    expect(output.financialLoss.interest).toBe(19852);
    expect(output.financialLoss.total).toBe(108652);
    // 108652 split 50/50.
    expect(output.byOrganisation).toEqual({ council: 54326, nhs: 54326, trust: 125000 });
    expect(output.byRecipient).toEqual({ p2: 108652 + 25000, p1: 100000 });
    expect(output.total).toBe(108652 + 125000);
  });

  it('runs no interest on a payment dated after asAt', () => {
    const output = calculate(exampleCaseFile(), '2019-03-15', {
      entitlementFrom: '2019-03-01',
      windows: [{ from: '2019-03-01', to: '2019-12-31' }],
    });
    expect(output.financialLoss.items[0]?.days).toBe(0);
  });

  it('refuses a rate with more than two decimals', () => {
    const file = withFile((f) => (f.remedy!.interestRatePercent = 8.125));
    const result = calculateRemedy(file, { asAt: AS_AT, lossWindows: exampleLossWindows });
    expect(result).toMatchObject({ ok: false, code: 'invalid_input' });
  });
});

describe('calculateRemedy: scheduled payments', () => {
  it('expands a weekly schedule into instalments m2#1 … while on or before `to`', () => {
    const file = withFile((f) => f.payments!.push(exampleScheduledPayment));
    const output = calculate(file);
    const ids = output.financialLoss.items.map((i) => i.payment);
    // 6 May to 29 July 2019 inclusive, weekly: 13 instalments.
    expect(ids).toEqual(['m1', ...Array.from({ length: 13 }, (_, i) => `m2#${i + 1}`)]);
    expect(output.financialLoss.gross).toBe(128800 + 13 * 25600);
    expect(output.byRecipient.p2).toBe(output.financialLoss.total + 25000);
  });

  it('clamps monthly instalments to the month end, counting from `from`', () => {
    const file = withFile((f) => {
      f.payments = [
        {
          id: 'rent',
          paidBy: 'p2',
          meetsMentalHealthNeed: true,
          schedule: { from: '2020-01-31', to: '2020-06-30', every: 'month', amount: 50000 },
        },
      ];
      f.offsets = [];
    });
    const result = calculateRemedy(file, { asAt: AS_AT, lossWindows: exampleLossWindows });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.explanation.items.map((i) => [i.item, i.date])).toEqual([
      ['rent#1', '2020-01-31'],
      ['rent#2', '2020-02-29'],
      ['rent#3', '2020-03-31'],
      ['rent#4', '2020-04-30'],
      ['rent#5', '2020-05-31'],
      ['rent#6', '2020-06-30'],
    ]);
  });

  it('applies an offset against a schedule to its instalments in date order', () => {
    const file = withFile((f) => {
      f.payments!.push(exampleScheduledPayment);
      f.offsets = [{ id: 'o2', amount: 60000, kind: 'housing_benefit', against: ['m2'] }];
    });
    const output = calculate(file);
    const offsets = output.financialLoss.items.map((i) => [i.payment, i.offset]);
    // 60000 = 25600 + 25600 + 8800.
    expect(offsets.slice(0, 5)).toEqual([
      ['m1', 0],
      ['m2#1', 25600],
      ['m2#2', 25600],
      ['m2#3', 8800],
      ['m2#4', 0],
    ]);
  });

  it('counts only instalments inside the loss windows', () => {
    const file = withFile((f) => f.payments!.push(exampleScheduledPayment));
    const result = calculateRemedy(file, {
      asAt: AS_AT,
      lossWindows: { entitlementFrom: '2019-03-01', windows: [{ from: '2019-03-01', to: '2019-05-31' }] },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.output.financialLoss.items.map((i) => i.payment)).toEqual(['m1', 'm2#1', 'm2#2', 'm2#3', 'm2#4']);
    expect(result.explanation.excluded.map((e) => [e.item, e.reason])[0]).toEqual(['m2#5', 'outside_loss_window']);
  });
});

describe('calculateRemedy: offsets', () => {
  it('takes each against payment in order, up to what is left of it, and never below zero', () => {
    const file = withFile((f) => {
      f.payments!.push({ id: 'm3', date: '2019-05-01', amount: 10000, paidBy: 'p1', meetsMentalHealthNeed: true });
      f.offsets = [
        { id: 'o1', amount: 130000, kind: 'housing_benefit', against: ['m1', 'm3'] },
        { id: 'o2', amount: 50000, kind: 'refund_already_paid', against: ['m3'] },
      ];
    });
    const result = calculateRemedy(file, { asAt: AS_AT, lossWindows: exampleLossWindows });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const items = result.output.financialLoss.items;
    expect(items.map((i) => [i.payment, i.gross, i.offset, i.net])).toEqual([
      ['m1', 128800, 128800, 0],
      ['m3', 10000, 10000, 0],
    ]);
    // o1: 128800 to m1, 1200 to m3; o2: the other 8800 of m3, 41200 left over.
    expect(result.explanation.offsets.map((o) => o.unapplied)).toEqual([0, 41200]);
    expect(result.output.financialLoss.total).toBe(0);
    expect(result.output.byOrganisation).toEqual({ trust: 125000 });
    expect(result.output.byRecipient).toEqual({ p1: 100000, p2: 25000 });
  });
});

describe('calculateRemedy: what is financial loss', () => {
  it('leaves out payments that meet no mental health need, predate entitlement, or fall outside the windows', () => {
    const file = withFile((f) => {
      f.payments!.push(
        { id: 'x1', date: '2019-05-01', amount: 100, paidBy: 'p2', meetsMentalHealthNeed: false },
        { id: 'x2', date: '2019-05-01', amount: 100, paidBy: 'p2' },
        { id: 'x3', date: '2019-02-01', amount: 100, paidBy: 'p2', meetsMentalHealthNeed: true },
        { id: 'x4', date: '2022-02-01', amount: 100, paidBy: 'p2', meetsMentalHealthNeed: true },
      );
    });
    const result = calculateRemedy(file, {
      asAt: AS_AT,
      lossWindows: { entitlementFrom: '2019-03-01', windows: [{ from: '2019-01-01', to: '2022-01-15' }] },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.output.financialLoss.items.map((i) => i.payment)).toEqual(['m1']);
    expect(result.explanation.excluded.map((e) => [e.item, e.reason])).toEqual([
      ['x1', 'not_mental_health_need'],
      ['x2', 'not_mental_health_need'],
      ['x3', 'before_entitlement'],
      ['x4', 'outside_loss_window'],
    ]);
  });

  it('has no loss at all when there is no entitlement', () => {
    const output = calculate(exampleCaseFile(), AS_AT, { entitlementFrom: null, windows: [] });
    expect(output.financialLoss.items).toEqual([]);
    expect(output.total).toBe(125000);
  });
});

describe('calculateRemedy: apportionment and payments', () => {
  it('returns apportionment_needed, not a throw, for a net loss with no apportionment', () => {
    const file = withFile((f) => delete f.remedy!.apportionment);
    const result = calculateRemedy(file, { asAt: AS_AT, lossWindows: exampleLossWindows });
    expect(result).toMatchObject({ ok: false, code: 'apportionment_needed' });
    if (!result.ok) expect(result.message).toContain('£888.00');
  });

  it('needs no apportionment when there is no net loss', () => {
    const file = withFile((f) => {
      delete f.remedy!.apportionment;
      f.offsets![0]!.amount = 128800;
    });
    expect(calculate(file).financialLoss.total).toBe(0);
  });

  it('gives the odd penny to the earlier organisation and leaves out a 0% one', () => {
    const file = withFile((f) => {
      f.payments![0]!.amount = 128801;
      f.remedy!.apportionment = [
        { org: 'nhs', percent: 50 },
        { org: 'trust', percent: 0 },
        { org: 'council', percent: 50 },
      ];
      f.remedy!.payments = [];
    });
    expect(calculate(file).byOrganisation).toEqual({ nhs: 44401, council: 44400 });
  });

  it('turns a per-month payment into perMonth × months', () => {
    const file = withFile((f) => {
      f.remedy!.payments![1] = { id: 'r2', kind: 'time_and_trouble', to: 'p2', by: 'trust', perMonth: 5000, months: 5 };
    });
    const output = calculate(file);
    expect(output.payments[1]).toEqual({ id: 'r2', kind: 'time_and_trouble', to: 'p2', by: 'trust', amount: 25000 });
  });
});

describe('calculateRemedy: deadlines', () => {
  it('counts from the final decision date when there is one, and gives null without a period', () => {
    const file = withFile((f) => {
      f.case.finalDecisionDate = '2022-12-16';
      f.remedy!.actions!.push({ id: 'a3', kind: 'other', by: ['trust'] });
    });
    // 28 days after Fri 16 Dec 2022 = Fri 13 Jan 2023. 60 working days after it: 8 in December
    // (19–23, 28–30; 26 and 27 are holidays), 21 in January (2 Jan is a holiday) → 29,
    // 20 in February → 49, 1–3 March → 52, 6–10 → 57, 13–15 → 60: Wednesday 15 March 2023.
    expect(calculate(file).deadlines).toEqual([
      { action: 'a1', due: '2023-01-13' },
      { action: 'a2', due: '2023-03-15' },
      { action: 'a3', due: null },
    ]);
  });
});
