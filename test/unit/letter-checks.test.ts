// The letter checks, one by one, on the demo case: each fires on the contradiction the issue
// describes and is silent once the case is put right. The demo case itself passes them all.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { letterInputForFile } from '../../electron/letters/letter-input';
import { readCaseFileText } from '../../shared/casefile/read';
import type { CaseFile } from '../../shared/casefile/schema';
import { checkLetter, hasErrors, type LetterCheck } from '../../shared/letters/checks';
import type { Letter } from '../../shared/letters/model';
import { buildLetter, type TemplateId } from '../../shared/letters/templates';

const DATE = '2022-12-06';
const read = (name: string): CaseFile => {
  const r = readCaseFileText(readFileSync(resolve('test/fixtures/cases', name), 'utf8'));
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.file;
};
const demo = read('letter-fixture.s117.json');

function run(file: CaseFile, template: TemplateId = 'final', edit?: (l: Letter) => Letter, investigator = 'Jo') {
  const input = letterInputForFile(file, { investigator, date: DATE });
  const built = buildLetter(template, input);
  return checkLetter({ template, letter: edit ? edit(built) : built, input });
}
const ids = (checks: LetterCheck[], severity: 'error' | 'warning' = 'error') =>
  [...new Set(checks.filter((c) => c.severity === severity).map((c) => c.check))].sort();

describe('letter checks', () => {
  it('pass on the demo case, whose remedies all name their findings', () => {
    const checks = run(demo);
    expect(checks).toEqual([]);
    expect(run(demo, 'draft')).toEqual([]);
  });

  it('REMEDY-WITHOUT-INJUSTICE and PAYER-WITHOUT-FAULT: a remedy with no findings at all', () => {
    const checks = run({ ...demo, findings: [] });
    expect(ids(checks)).toEqual(['PAYER-WITHOUT-FAULT', 'REMEDY-WITHOUT-INJUSTICE']);
    expect(hasErrors(checks)).toBe(true);
    const payers = checks.filter((c) => c.check === 'PAYER-WITHOUT-FAULT').map((c) => c.message);
    expect(payers.some((m) => m.startsWith('NHS Eastmere CCG is to give'))).toBe(true);
    expect(payers.some((m) => m.startsWith('Eastmere County Council is to give'))).toBe(true);
  });

  it('REMEDY-WITHOUT-INJUSTICE: a distress payment on a finding whose injustice was left at none', () => {
    const findings = demo.findings!.map((f) => (f.org === 'icb' ? { ...f, injustice: [] } : f));
    const checks = run({ ...demo, findings });
    const messages = checks.filter((c) => c.check === 'REMEDY-WITHOUT-INJUSTICE').map((c) => c.message);
    expect(messages.some((m) => m.includes('£250.00 distress payment to Mr Tobias Wrenfield (r2)'))).toBe(true);
    // Recording the injustice on the finding clears it.
    expect(ids(run(demo))).toEqual([]);
  });

  it('REMEDY-FINDING-OF-OTHER-BODY: a payment that names another body’s finding', () => {
    const payments = demo.remedy!.payments!.map((p) => (p.id === 'r2' ? { ...p, findings: ['f1'] } : p));
    expect(ids(run({ ...demo, remedy: { ...demo.remedy, payments } }))).toContain('REMEDY-FINDING-OF-OTHER-BODY');
  });

  it('REMEDY-FINDING-INFERRED warns (without blocking) when an item names no finding', () => {
    const payments = demo.remedy!.payments!.map(({ findings: _f, ...p }) => p);
    const checks = run({ ...demo, remedy: { ...demo.remedy, payments } });
    expect(ids(checks)).toEqual([]);
    expect(ids(checks, 'warning')).toEqual(['REMEDY-FINDING-INFERRED']);
  });

  it('NOT-INVESTIGATED-ORDERED and NOT-INVESTIGATED-WITH-FINDINGS: a body scoped out is ordered to act', () => {
    const complaint = {
      ...demo.complaint,
      scope: [{ org: 'icb', outcome: 'not_investigated' as const, reason: 'Out of time' }],
    };
    expect(ids(run({ ...demo, complaint }))).toEqual(
      expect.arrayContaining(['NOT-INVESTIGATED-ORDERED', 'NOT-INVESTIGATED-WITH-FINDINGS']),
    );
  });

  it('DECISION-LINE-MISMATCH: header or words that no longer follow from the findings', () => {
    const stale = run(demo, 'final', (l) => ({
      ...l,
      header: { ...l.header, decisions: l.header.decisions!.map((d) => ({ ...d, decision: 'Not upheld: no fault' })) },
    }));
    expect(ids(stale)).toEqual(['DECISION-LINE-MISMATCH']);
    const words = run(demo, 'final', (l) => ({
      ...l,
      sections: l.sections.map((s) =>
        s.id === 'decision'
          ? {
              ...s,
              blocks: [{ kind: 'numbered', runs: [{ text: 'I have found no fault by Eastmere County Council.' }] }],
            }
          : s,
      ),
    }));
    expect(words.map((c) => c.message).join(' ')).toContain('Final decision, paragraph');
    expect(ids(words)).toEqual(['DECISION-LINE-MISMATCH']);
  });

  it('REFERENCE-BLANK: no reference on the case or the bodies', () => {
    const file = {
      ...demo,
      case: { ...demo.case, reference: undefined },
      organisations: demo.organisations.map(({ reference: _r, ...o }) => o),
    };
    expect(ids(run(file))).toEqual(['REFERENCE-BLANK']);
  });

  it('NO-COMPLAINT-HEADS: nothing recorded of what the person complained about', () => {
    const { complaint: _c, ...rest } = demo;
    expect(ids(run(rest as CaseFile))).toEqual(['NO-COMPLAINT-HEADS']);
  });

  it('CCG-WITHOUT-SUCCESSOR: a CCG made to pay in a letter dated after 30 June 2022', () => {
    const withoutSuccessor = {
      ...demo,
      organisations: demo.organisations.map(({ successor: _s, ...o }) => o),
    };
    expect(ids(run(withoutSuccessor))).toEqual(['CCG-WITHOUT-SUCCESSOR']);
    // Before 1 July 2022 the CCG still existed: no successor is needed.
    const earlier = letterInputForFile(withoutSuccessor, { investigator: 'Jo', date: '2022-06-30' });
    expect(ids(checkLetter({ template: 'final', letter: buildLetter('final', earlier), input: earlier }))).toEqual([]);
    const input = letterInputForFile(demo, { investigator: 'Jo', date: DATE });
    expect(JSON.stringify(buildLetter('final', input))).toContain(
      'the former NHS Eastmere CCG, now NHS Eastmere Integrated Care Board',
    );
  });

  it('DEADLINE-BEFORE-LETTER: a dated deadline that has passed on the letter’s date', () => {
    const checks = run(demo, 'final', (l) => ({ ...l, header: { ...l.header, date: '2023-05-01' } }));
    expect(ids(checks)).toContain('DEADLINE-BEFORE-LETTER');
  });

  it('SIGNATURE-MISSING: an error for a final decision, a warning for a draft', () => {
    expect(ids(run(demo, 'final', undefined, ''))).toEqual(['SIGNATURE-MISSING']);
    expect(ids(run(demo, 'draft', undefined, ''), 'warning')).toEqual(['SIGNATURE-MISSING']);
    expect(ids(run(demo, 'draft', undefined, ''))).toEqual([]);
  });
});
