// The decision model: each body's outcome follows from its findings, the complaint and the scope.
import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../casefile/schema';
import { decideOutcomes, overallOutcome } from './outcomes';
import { decisionReferences } from './references';
import { injusticeRecipients } from './injustice';
import { orgNameOn } from './org-names';
import { remedyItems } from './remedy-items';

const base: CaseFile = {
  format: 's117-case',
  version: 1,
  case: { reference: '21 004 512', title: 'T', received: '2022-01-01' },
  people: [
    { id: 'p1', role: 'aggrieved', title: 'Mr', name: 'Tom Rowe' },
    { id: 'p2', role: 'complainant', title: 'Mrs', name: 'Ann Rowe' },
  ],
  organisations: [
    { id: 'council', kind: 'council', name: 'Northbridge Council' },
    { id: 'ccg', kind: 'ccg', name: 'NHS Northbridge CCG', successor: 'NHS Northbridge ICB' },
    { id: 'trust', kind: 'trust', name: 'Northbridge NHS Trust' },
  ],
  events: [],
};
const finding = (id: string, org: string, injustice: CaseFile['findings'] = []) => ({
  id,
  org,
  fault: 'Fault.',
  injustice: (injustice as unknown as Array<'distress'>) ?? [],
});

describe('decideOutcomes', () => {
  it('gives fault causing injustice, fault without injustice, and no fault for a body the complaint names', () => {
    const file: CaseFile = {
      ...base,
      complaint: { heads: [{ id: 'h1', orgs: ['council', 'ccg'], text: 'Did not review' }] },
      findings: [
        { id: 'f1', org: 'council', fault: 'x', injustice: ['distress'] },
        { id: 'f2', org: 'trust', fault: 'y', injustice: [] },
      ],
    };
    expect(decideOutcomes(file).map((d) => [d.org, d.outcome])).toEqual([
      ['council', 'fault_injustice'],
      ['ccg', 'no_fault'],
      ['trust', 'fault_no_injustice'],
    ]);
  });

  it('leaves out a body with no findings that the complaint does not name', () => {
    expect(decideOutcomes({ ...base, findings: [finding('f1', 'council') as never] }).map((d) => d.org)).toEqual([
      'council',
    ]);
    expect(decideOutcomes(base)).toEqual([]);
    expect(overallOutcome([])).toBe('');
  });

  it('takes not investigated and remedied before the decision, with the reason, from the scope', () => {
    const file: CaseFile = {
      ...base,
      complaint: {
        scope: [
          { org: 'trust', outcome: 'not_investigated', reason: 'Clinical care is for the PHSO alone' },
          { org: 'council', outcome: 'remedied_before_decision', reason: 'It refunded the charges' },
        ],
      },
    };
    const decisions = decideOutcomes(file);
    expect(decisions.map((d) => [d.org, d.outcome, d.reason])).toEqual([
      ['council', 'remedied_before_decision', 'It refunded the charges'],
      ['trust', 'not_investigated', 'Clinical care is for the PHSO alone'],
    ]);
    expect(overallOutcome(decisions)).toBe('Closed after initial enquiries: remedied before the decision');
  });
});

describe('references, names, recipients and remedy items', () => {
  it('suffixes the case reference per body, and keeps a body’s own reference', () => {
    const file: CaseFile = {
      ...base,
      organisations: base.organisations.map((o) => (o.id === 'trust' ? { ...o, reference: '21 004 999' } : o)),
      complaint: { heads: [{ id: 'h1', orgs: ['council', 'ccg', 'trust'], text: 'x' }] },
    };
    const refs = decisionReferences(file, decideOutcomes(file));
    expect([...refs.values()]).toEqual(['21 004 512a', '21 004 512b', '21 004 999']);
  });

  it('names a CCG with its successor ICB only in letters dated from 1 July 2022', () => {
    const ccg = base.organisations[1]!;
    expect(orgNameOn(ccg, '2022-06-30')).toBe('NHS Northbridge CCG');
    expect(orgNameOn(ccg, '2022-07-01')).toBe('the former NHS Northbridge CCG, now NHS Northbridge ICB');
  });

  it('records injustice to the person the aftercare was for, and time and trouble to the complainant', () => {
    expect(injusticeRecipients(base, { id: 'f', org: 'council', fault: '', injustice: ['distress'] })).toEqual(['p1']);
    expect(injusticeRecipients(base, { id: 'f', org: 'council', fault: '', injustice: ['time_and_trouble'] })).toEqual([
      'p1',
      'p2',
    ]);
    expect(injusticeRecipients(base, { id: 'f', org: 'council', fault: '', injustice: [] })).toEqual([]);
    expect(
      injusticeRecipients(base, { id: 'f', org: 'council', fault: '', injustice: ['distress'], injusticeTo: ['p2'] }),
    ).toEqual(['p2']);
  });

  it('links each remedy item to the findings it names, else to its payer’s findings that fit it', () => {
    const file: CaseFile = {
      ...base,
      findings: [
        { id: 'f1', org: 'council', fault: 'x', injustice: ['financial_loss'] },
        { id: 'f2', org: 'council', fault: 'y', injustice: ['distress'] },
      ],
      remedy: {
        apportionment: [{ org: 'council', percent: 100 }],
        payments: [{ id: 'r1', kind: 'distress', to: 'p1', by: 'council', amount: 500 }],
        actions: [{ id: 'a1', kind: 'apology', by: ['council'], findings: ['f2'] }],
      },
    };
    const items = remedyItems(file, 1000);
    expect(items.map((i) => [i.kind, i.id, i.findings, i.inferred])).toEqual([
      ['refund', 'council', ['f1'], true],
      ['payment', 'r1', ['f2'], true],
      ['action', 'a1', ['f2'], false],
    ]);
    expect(remedyItems(file, 0).map((i) => i.kind)).toEqual(['payment', 'action']);
  });
});
