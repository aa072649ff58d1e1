// The CASEFILE.md 1.1 event fields (charge_levied.meetsMentalHealthNeed,
// care_plan_written.explainsFunding, the funding_dispute event with orgs and to) survive
// import then export unchanged, and a bad value is refused with its JSON path, writing nothing.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorkspace, tableCounts, type TestWorkspace } from '../support/workspace';
import type { CaseFile } from '../../shared/casefile/schema';

let ws: TestWorkspace;
let dir: string;

function file(): CaseFile {
  return {
    format: 's117-case',
    version: 1,
    case: { title: 'Version 1.1 fields', received: '2021-03-04', asAt: '2021-03-01' },
    people: [{ id: 'p1', role: 'aggrieved', name: 'Sarah Jones' }],
    organisations: [
      { id: 'council', kind: 'council', name: 'Anytown Borough Council' },
      { id: 'icb', kind: 'icb', name: 'NHS Anytown ICB' },
    ],
    events: [
      { id: 'e1', date: '2020-01-10', type: 'detention', section: '3', residence: { council: 'council' } },
      { id: 'e2', date: '2020-01-20', type: 'funding_dispute', orgs: ['council', 'icb'], to: '2020-03-02' },
      { id: 'e3', date: '2020-02-01', type: 'care_plan_written', explainsFunding: false },
      { id: 'e4', date: '2020-02-01', type: 'funding_dispute' },
      { id: 'e5', date: '2020-03-20', type: 'discharge' },
      { id: 'e6', date: '2020-04-01', type: 'charge_levied', amount: 3100, meetsMentalHealthNeed: false },
      { id: 'e7', date: '2020-04-02', type: 'charge_levied', amount: 2500, meetsMentalHealthNeed: true },
    ],
  };
}

beforeAll(() => {
  ws = makeWorkspace();
  dir = mkdtempSync(join(tmpdir(), 's117-casefile-1-1-'));
});
afterAll(() => {
  ws.dispose();
  rmSync(dir, { recursive: true, force: true });
});

const writeCase = (name: string, data: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(data, null, 2));
  return path;
};

describe('case file 1.1 event fields', () => {
  it('keeps them through import and export, and the duty check reads them', async () => {
    const imported = await ws.services.caseFiles.importFromPath(writeCase('v11.s117.json', file()));
    const exported = ws.services.caseFiles.read(imported.caseDetail.id);
    expect(exported.events).toEqual(file().events);
    const flags = ws.services.analysis.check(imported.caseDetail.id).check.flags.map((f) => `${f.rule} ${f.events}`);
    expect(flags).toContain('DISCHARGE-DELAYED-BY-DISPUTE e2');
    expect(flags).toContain('CARE-PLAN-NOT-EXPLAINED e3');
    expect(flags).toContain('CHARGED-FOR-AFTERCARE e7');
    expect(flags).not.toContain('CHARGED-FOR-AFTERCARE e6');
  });

  const bad: Array<[string, (f: CaseFile) => void, RegExp]> = [
    [
      'a disputing body that is not in the file',
      (f) => Object.assign(f.events[1]!, { orgs: ['council', 'ccg9'] }),
      /events\[1\]\.orgs\[1\]: no organisation "ccg9"/,
    ],
    [
      'a dispute settled before it began',
      (f) => Object.assign(f.events[1]!, { to: '2020-01-01' }),
      /events\[1\]\.to: the dispute cannot be settled before it began/,
    ],
    [
      'a settled date that is not a date',
      (f) => Object.assign(f.events[1]!, { to: '2020-02-30' }),
      /events\[1\]\.to: not a date/,
    ],
    [
      'explainsFunding that is not yes or no',
      (f) => Object.assign(f.events[2]!, { explainsFunding: 'partly' }),
      /events\[2\]\.explainsFunding/,
    ],
    [
      'a field on the wrong event type',
      (f) => Object.assign(f.events[4]!, { explainsFunding: true }),
      /events\[4\]\.explainsFunding: unknown field/,
    ],
  ];
  it.each(bad)('refuses %s, naming the JSON path, and writes nothing', async (_what, spoil, message) => {
    const data = file();
    spoil(data);
    const before = tableCounts(ws.services);
    const result = await ws.handlers.invoke('casefile.import', { path: writeCase('bad.s117.json', data) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(message);
    expect(tableCounts(ws.services)).toEqual(before);
  });
});
