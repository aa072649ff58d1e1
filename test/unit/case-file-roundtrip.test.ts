// Case files: export then import gives back the same case, field by field; every kind of invalid
// file is refused with its JSON path and writes nothing.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorkspace, tableCounts, type TestWorkspace } from '../support/workspace';
import type { CaseFile } from '../../shared/casefile/schema';
import { EVENT_TYPES } from '../../shared/domain/vocabulary';

let ws: TestWorkspace;
let dir: string;

async function writePdf(path: string, pages: string[]) {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const text of pages) pdf.addPage().drawText(text, { x: 50, y: 700, size: 14, font });
  writeFileSync(path, await pdf.save());
}

function sampleFile(): CaseFile {
  return {
    format: 's117-case',
    version: 1,
    case: {
      reference: '19 016 759',
      title: 'Round trip',
      nation: 'england',
      stage: 'investigation',
      received: '2021-03-04',
      asAt: '2022-01-15',
      settings: { firstReviewWeeks: 6, reviewIntervalMonths: 12, servicesDelayDays: 28, deteriorationMonths: 6 },
    },
    people: [
      { id: 'p1', role: 'aggrieved', title: 'Ms', name: 'Sarah Jones', label: 'Ms X' },
      { id: 'p2', role: 'complainant', title: 'Mrs', name: 'Anne Jones', label: 'Mrs Y', relationship: 'mother' },
    ],
    organisations: [
      { id: 'council', kind: 'council', name: 'Anytown Borough Council', reference: '19 016 759a' },
      { id: 'nhs', kind: 'ccg', name: 'NHS Anytown CCG' },
      { id: 'trust', kind: 'trust', name: 'Anytown Mental Health NHS Trust' },
    ],
    events: [
      {
        id: 'e1',
        date: '2019-01-10',
        type: 'detention',
        section: '3',
        org: 'trust',
        text: 'Detained under section 3',
        residence: { council: 'council', gpCommissioner: 'nhs', ordinaryResidenceCommissioner: 'nhs' },
      },
      {
        id: 'e2',
        date: '2019-03-01',
        type: 'discharge',
        org: 'trust',
        citations: [{ evidence: 'plan', page: 2, pageEnd: 3, quote: 'discharged home today' }],
      },
      {
        id: 'e3',
        date: '2019-03-01',
        type: 'care_plan_written',
        org: 'council',
        text: 'Same day, after the discharge',
      },
      {
        id: 'e4',
        date: '2019-05-01',
        precision: 'month',
        type: 'charge_levied',
        amount: 12000,
        service: 'support',
        org: 'council',
      },
      {
        id: 'e5',
        date: '2020-01-01',
        precision: 'approximate',
        type: 's117_ended',
        decidedBy: ['council'],
        personInvolved: false,
        reasons: ['time_elapsed'],
      },
      { id: 'e6', date: '2021-02-01', type: 'complaint_to_org', citations: [{ evidence: 'letter' }] },
    ],
    payments: [
      {
        id: 'm1',
        date: '2019-04-01',
        amount: 128800,
        paidBy: 'p2',
        for: 'private support worker',
        service: 'support',
        meetsMentalHealthNeed: true,
      },
      {
        id: 'm2',
        paidBy: 'p2',
        for: 'care home fees',
        meetsMentalHealthNeed: true,
        schedule: { from: '2019-05-06', to: '2019-07-29', every: 'week', amount: 25600 },
      },
    ],
    offsets: [{ id: 'o1', date: '2019-04-01', amount: 40000, kind: 'housing_benefit', against: ['m1'] }],
    evidence: [
      {
        id: 'plan',
        file: 'files/care-plan.pdf',
        title: 'CPA care plan',
        date: '2019-02-20',
        authorOrg: 'trust',
        tags: ['care plan'],
        notes: 'Signed copy',
      },
      { id: 'letter', file: 'files/letter.txt', title: 'Complaint letter' },
    ],
    findings: [
      {
        id: 'f1',
        org: 'council',
        rule: 'NO-WRITTEN-CARE-PLAN',
        fault: 'No plan',
        injustice: ['distress'],
        causation: 'Because',
        events: ['e2'],
      },
    ],
    dismissals: [{ rule: 'FIRST-REVIEW-LATE', date: '2019-04-12', reason: 'Review held; note missing' }],
    remedy: {
      interestRatePercent: 8,
      interestReason: 'Courts use 8%',
      apportionment: [
        { org: 'council', percent: 50 },
        { org: 'nhs', percent: 50 },
      ],
      payments: [
        { id: 'r1', kind: 'distress', to: 'p1', by: 'trust', amount: 100000, reason: 'Distress' },
        { id: 'r2', kind: 'time_and_trouble', to: 'p2', by: 'trust', perMonth: 5000, months: 5 },
      ],
      actions: [{ id: 'a1', kind: 'apology', by: ['council', 'nhs'], withinDays: 28, status: 'due' }],
    },
  };
}

beforeAll(async () => {
  ws = makeWorkspace();
  dir = mkdtempSync(join(tmpdir(), 's117-casefile-'));
  const { mkdirSync } = await import('node:fs');
  mkdirSync(join(dir, 'files'));
  await writePdf(join(dir, 'files', 'care-plan.pdf'), ['Page one', 'Page two: discharged home today', 'Page three']);
  writeFileSync(
    join(dir, 'files', 'letter.txt'),
    'Dear Sir, I complain about the charges for my daughter’s aftercare.\n',
  );
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

describe('case file round trip', () => {
  it('imports, exports and re-imports the same case for every field the format carries', async () => {
    const first = await ws.services.caseFiles.importFromPath(writeCase('original.s117.json', sampleFile()));
    expect(first.events).toBe(6);
    expect(first.evidence).toBe(2);
    const exported = ws.services.caseFiles.read(first.caseDetail.id);

    const outDir = mkdtempSync(join(tmpdir(), 's117-export-'));
    const out = join(outDir, 'exported.s117.json');
    const written = ws.services.caseFiles.exportToPath(first.caseDetail.id, out);
    expect(written.evidenceFiles).toBe(2);
    expect(readdirSync(join(outDir, 'evidence', 'd1'))).toEqual(['care-plan.pdf']);
    expect(readdirSync(join(outDir, 'evidence', 'd2'))).toEqual(['letter.txt']);

    // The same case (same reference) is refused, naming it, unless asked for as a new case.
    await expect(ws.services.caseFiles.importFromPath(out)).rejects.toThrow(
      /exported\.s117\.json: the case 19 016 759 .* is already in this workspace\. Nothing was imported\./,
    );
    expect(ws.services.cases.list({})).toHaveLength(1);
    const second = await ws.services.caseFiles.importFromPath(out, { asNew: true });
    const reimported = ws.services.caseFiles.read(second.caseDetail.id);
    expect(second.caseDetail.id).not.toBe(first.caseDetail.id);
    expect(reimported).toEqual(exported);

    // And the stored case keeps what the original said, field by field (evidence ids renumbered).
    const original = sampleFile();
    expect(exported.case).toEqual(original.case);
    expect(exported.people).toEqual(original.people);
    expect(exported.organisations).toEqual(original.organisations);
    expect(exported.payments).toEqual(original.payments);
    expect(exported.offsets).toEqual(original.offsets);
    expect(exported.findings).toEqual(original.findings);
    expect(exported.dismissals).toEqual(original.dismissals);
    expect(exported.remedy).toEqual(original.remedy);
    expect(exported.events.map((e) => e.id)).toEqual(original.events.map((e) => e.id));
    expect(exported.events[1]?.citations).toEqual([
      { evidence: 'd1', page: 2, pageEnd: 3, quote: 'discharged home today' },
    ]);
    expect(exported.evidence?.map((e) => [e.title, e.date, e.authorOrg, e.tags, e.notes])).toEqual([
      ['CPA care plan', '2019-02-20', 'trust', ['care plan'], 'Signed copy'],
      ['Complaint letter', undefined, undefined, [], ''],
    ]);
    rmSync(outDir, { recursive: true, force: true });
  });

  it('reads every CASEFILE.md event type', async () => {
    const file = sampleFile();
    const extras: Record<string, object> = { detention: { section: '2' } };
    file.events = EVENT_TYPES.map(
      (type, i) => ({ id: `x${i}`, date: '2019-06-01', type, ...(extras[type] ?? {}) }) as CaseFile['events'][number],
    );
    delete file.findings;
    const result = await ws.services.caseFiles.importFromPath(writeCase('all-types.s117.json', file), { asNew: true });
    expect(ws.services.chronology.list(result.caseDetail.id).map((e) => e.type)).toEqual([...EVENT_TYPES]);
  });
});

describe('an invalid case file imports nothing', () => {
  const cases: Array<[string, (f: Record<string, unknown>) => void, RegExp]> = [
    [
      'a bad date',
      (f) => ((f.events as Array<Record<string, unknown>>)[1]!.date = '2019-02-30'),
      /events\[1\]\.date: not a date/,
    ],
    [
      'an unknown event type',
      (f) => ((f.events as Array<Record<string, unknown>>)[0]!.type = 'abduction'),
      /events\[0\]\.type: unknown event type/,
    ],
    ['an unknown field', (f) => ((f.case as Record<string, unknown>).colour = 'blue'), /case\.colour: unknown field/],
    [
      'a dangling id',
      (f) => ((f.payments as Array<Record<string, unknown>>)[0]!.paidBy = 'p9'),
      /payments\[0\]\.paidBy: no person "p9"/,
    ],
    ['a newer version', (f) => (f.version = 2), /version: this case file is format version 2, newer/],
    [
      'a missing evidence file',
      (f) => ((f.evidence as Array<Record<string, unknown>>)[0]!.file = 'files/gone.pdf'),
      /evidence\[0\]\.file: no file at files\/gone\.pdf/,
    ],
    [
      'a hash mismatch',
      (f) => ((f.evidence as Array<Record<string, unknown>>)[1]!.sha256 = '0'.repeat(64)),
      /evidence\[1\]\.sha256: files\/letter\.txt does not match/,
    ],
  ];
  it.each(cases)('refuses %s, naming the JSON path', async (_what, spoil, message) => {
    const data = JSON.parse(JSON.stringify(sampleFile())) as Record<string, unknown>;
    spoil(data);
    const before = tableCounts(ws.services);
    const path = writeCase('spoiled.s117.json', data);
    const result = await ws.handlers.invoke('casefile.import', { path });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(message);
    expect(tableCounts(ws.services)).toEqual(before);
  });

  it('refuses text that is not JSON', async () => {
    const path = join(dir, 'broken.s117.json');
    writeFileSync(path, '{ "format": "s117-case", ');
    const result = await ws.handlers.invoke('casefile.import', { path });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/broken\.s117\.json: not valid JSON/) },
    });
  });
});
