// The seed guidance's case studies, as case files, give the remedies their stories describe.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCaseFileText } from '../../shared/casefile/read';
import { remedyForFile } from '../../electron/services/analysis-service';

function remedyOf(name: string) {
  const read = readCaseFileText(readFileSync(resolve(import.meta.dirname, '../fixtures/cases', name), 'utf8'));
  if (!read.ok) throw new Error(JSON.stringify(read.issues));
  const result = remedyForFile(read.file);
  if (!result.ok) throw new Error(result.message);
  return { file: read.file, out: result.output };
}

const personId = (file: ReturnType<typeof remedyOf>['file'], role: string) =>
  file.people.find((p) => p.role === role)!.id;
const orgOfKind = (file: ReturnType<typeof remedyOf>['file'], kind: string) =>
  file.organisations.find((o) => o.kind === kind)!.id;

describe('the case studies in the Ombudsmen’s guidance', () => {
  it('Sarah (19 016 759): £1,000 from the Trust and £500 each from the council and the CCG', () => {
    const { file, out } = remedyOf('sarah-19016759.s117.json');
    expect(out.byOrganisation).toEqual({
      [orgOfKind(file, 'trust')]: 100000,
      [orgOfKind(file, 'council')]: 50000,
      [orgOfKind(file, 'ccg')]: 50000,
    });
    expect(out.total).toBe(200000);
  });

  it('Marlon (18 012 800): £1,288 reimbursed, £1,100 to Marlon and £250 to his mother', () => {
    const { file, out } = remedyOf('marlon-18012800.s117.json');
    expect(out.financialLoss.net).toBe(128800);
    const marlon = personId(file, 'aggrieved');
    const mother = file.people.find((p) => p.id !== marlon)!.id;
    expect(out.payments.filter((p) => p.to === marlon).map((p) => p.amount)).toEqual([110000]);
    expect(out.payments.filter((p) => p.to === mother).map((p) => p.amount)).toEqual([25000]);
    expect(out.total).toBe(128800 + 110000 + 25000);
  });

  it('Ruth (18 011 391): almost £30,000 of care home fees refunded', () => {
    const { out } = remedyOf('ruth-18011391.s117.json');
    expect(out.financialLoss.net).toBeGreaterThan(2_900_000);
    expect(out.financialLoss.net).toBeLessThan(3_000_000);
  });

  it('Priya (18 010 781): rent and service charges since 2016 refunded, net of housing benefit', () => {
    const { file, out } = remedyOf('priya-18010781.s117.json');
    const housingBenefit = (file.offsets ?? [])
      .filter((o) => o.kind === 'housing_benefit')
      .reduce((s, o) => s + o.amount, 0);
    expect(housingBenefit).toBeGreaterThan(0);
    expect(out.financialLoss.offsets).toBe(housingBenefit);
    expect(out.financialLoss.net).toBe(out.financialLoss.gross - housingBenefit);
    expect(out.financialLoss.items.every((i) => i.net === i.gross - i.offset)).toBe(true);
    expect(Object.values(out.byOrganisation).reduce((a, b) => a + b, 0)).toBe(out.total);
  });
});
