// The four case studies of the Ombudsmen's S117 guidance, and the Worcestershire facts, as
// case files: each must read cleanly and give the flags its story describes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCaseFileText } from '../../shared/casefile/read';
import type { CaseFile } from '../../shared/casefile/schema';
import { describeIssues } from '../../shared/validation/issues';
import { checkCase } from '../../shared/s117/check-case';
import { checkOutputSchema } from '../../shared/s117/check-output';
import { lossWindows } from '../../shared/s117/loss-windows';
import { expandPayment as paymentInstalments } from '../../shared/remedies/instalments';
import { serializeCheck } from '../../shared/s117/serialize-check';

function load(name: string): CaseFile {
  const text = readFileSync(new URL(`../fixtures/cases/${name}`, import.meta.url), 'utf8');
  const result = readCaseFileText(text);
  if (!result.ok) throw new Error(`${name}:\n${describeIssues(result.issues)}`);
  return result.file;
}

const FIXTURES = [
  'sarah-19016759.s117.json',
  'marlon-18012800.s117.json',
  'ruth-18011391.s117.json',
  'priya-18010781.s117.json',
  'worcestershire.s117.json',
];

const check = (file: CaseFile) => checkCase(file, { asAt: file.case.asAt! });
const rulesOf = (file: CaseFile) => check(file).flags.map((f) => f.rule);
const paidTotal = (file: CaseFile, from = '0000-01-01') =>
  (file.payments ?? [])
    .flatMap(paymentInstalments)
    .filter((i) => i.date >= from)
    .reduce((sum, i) => sum + i.amount, 0);
const remedyBy = (file: CaseFile, key: 'by' | 'to') => {
  const totals: Record<string, number> = {};
  for (const p of file.remedy?.payments ?? []) totals[p[key]] = (totals[p[key]] ?? 0) + (p.amount ?? 0);
  return totals;
};

describe.each(FIXTURES)('%s', (name) => {
  const file = load(name);

  it('gives output that validates, with flags sorted by date then rule', () => {
    const output = check(file);
    expect(checkOutputSchema.safeParse(output).success).toBe(true);
    const keys = output.flags.map((f) => `${f.date} ${f.rule}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('serializes byte-identically on a second run', () => {
    expect(serializeCheck(check(load(name)))).toBe(serializeCheck(check(file)));
  });
});

describe('Sarah (19 016 759)', () => {
  const file = load('sarah-19016759.s117.json');

  it('flags no needs assessment, no care plan, no care co-ordinator and no reviews', () => {
    expect(rulesOf(file)).toEqual(
      expect.arrayContaining([
        'NEEDS-NOT-ASSESSED-BEFORE-DISCHARGE',
        'NO-WRITTEN-CARE-PLAN',
        'NO-CARE-COORDINATOR',
        'FIRST-REVIEW-LATE',
      ]),
    );
    expect(file.events.some((e) => e.type === 's117_review')).toBe(false);
  });

  it('holds the council and CCG jointly responsible, and the remedy of the story', () => {
    expect(check(file).responsible.council.org).toBe('council');
    expect(check(file).responsible.nhs.org).toBe('ccg');
    expect(remedyBy(file, 'by')).toEqual({ trust: 100000, council: 50000, ccg: 50000 });
  });
});

describe('Marlon (18 012 800)', () => {
  const file = load('marlon-18012800.s117.json');

  it('flags the private support his mother paid for, and the missing reviews', () => {
    const output = check(file);
    expect(output.flags.find((f) => f.rule === 'CHARGED-FOR-AFTERCARE')?.payments).toEqual(['m1']);
    expect(output.flags.map((f) => f.rule)).toContain('FIRST-REVIEW-LATE');
  });

  it('has £1,288 paid for support, and £1,100 and £250 to Marlon and Anne', () => {
    expect(paidTotal(file)).toBe(128800);
    expect(remedyBy(file, 'to')).toEqual({ p1: 110000, p2: 25000 });
    expect(file.findings?.[0]?.fault).toMatch(/48 weeks/);
  });
});

describe('Ruth (18 011 391)', () => {
  const file = load('ruth-18011391.s117.json');

  it('flags the care home fees as a charge for aftercare, and no care plan recording S117', () => {
    expect(rulesOf(file)).toEqual(expect.arrayContaining(['CHARGED-FOR-AFTERCARE', 'NO-WRITTEN-CARE-PLAN']));
  });

  it('counts almost £30,000 of fees, all inside the aftercare window that ends at her death', () => {
    const total = paidTotal(file);
    expect(total).toBeGreaterThan(2_900_000);
    expect(total).toBeLessThan(3_000_000);
    const { windows } = lossWindows(file, file.case.asAt!);
    expect(windows).toHaveLength(1);
    const dates = (file.payments ?? []).flatMap(paymentInstalments).map((i) => i.date);
    expect(dates.every((d) => d >= windows[0]!.from && d <= windows[0]!.to)).toBe(true);
    expect(check(file).episodes[0]?.end).toBe(file.events.find((e) => e.type === 'death')?.id);
  });
});

describe('Priya (18 010 781)', () => {
  const file = load('priya-18010781.s117.json');

  it('flags housing benefit for specialist accommodation, payments for it, and no S117 review since 2016', () => {
    expect(rulesOf(file)).toEqual(
      expect.arrayContaining(['HOUSING-BENEFIT-FOR-S117-ACCOMMODATION', 'CHARGED-FOR-AFTERCARE', 'FIRST-REVIEW-LATE']),
    );
    expect(file.events.some((e) => e.type === 's117_review')).toBe(false);
    expect(
      check(file)
        .flags.find((f) => f.rule === 'FIRST-REVIEW-LATE')
        ?.date.slice(0, 4),
    ).toBe('2016');
  });

  it('has rent and service charges since 2016 with housing benefit offset, and over £14,000 paid from April 2018', () => {
    expect(paidTotal(file, '2018-04-01')).toBeGreaterThan(1_400_000);
    expect(file.offsets?.[0]).toMatchObject({ kind: 'housing_benefit', against: ['m1'] });
    expect(lossWindows(file, file.case.asAt!).entitlementFrom?.slice(0, 4)).toBe('2016');
  });
});

describe('Worcestershire [2023] UKSC 31', () => {
  const file = load('worcestershire.s117.json');

  it('makes Swindon responsible after the second detention and discharge', () => {
    const output = check(file);
    expect(output.episodes).toHaveLength(2);
    expect(output.responsible.council.org).toBe('swindon');
    expect(output.responsible.nhs.org).toBe('swindonccg');
  });

  it('keeps a fault a fault when no month-only date, moved within its month, could stop it (CASEFILE.md 1.1)', () => {
    // No S117 review is recorded at all: late wherever in July 2014 or August 2017 the discharges fell.
    const late = check(file).flags.filter((f) => f.rule === 'FIRST-REVIEW-LATE');
    expect(late.map((f) => [f.date, f.severity])).toEqual([
      ['2014-08-12', 'fault'],
      ['2017-09-12', 'fault'],
    ]);
    expect(check(file).flags.some((f) => /imprecise date/.test(f.message))).toBe(false);
  });
});
