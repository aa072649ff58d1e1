// The review before an anonymised export, through the handlers and the CLI: identifying details
// the name anonymiser leaves are listed with their context, an anonymised export is refused (and
// nothing written) until each is replaced or kept with a reason, the decisions are audited and
// kept, and the exported file, text and metadata, carries none of the replaced details.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testKeys } from '../support/test-keys';
import { completeSarah } from '../support/complete-sarah';
import { runCliIn } from '../support/run-cli';
import { databaseForTests, createServices } from '../../electron/services';
import { createHandlers } from '../../electron/handlers';
import { makeWorkspace, type TestWorkspace } from '../support/workspace';
import type { Output } from '../../shared/ipc/contract';
import { md, type Letter, type LetterSection } from '../../shared/letters/model';
import { assertMetadataClean, exportLetter } from '../../electron/letters/export-letter';
import { loadLetterFonts } from '../../electron/letters/fonts';
import { renderLetterDocx } from '../../shared/letters/render-docx';
import { renderLetterPdf } from '../../shared/letters/render-pdf';

const SARAH = resolve('test/fixtures/cases/sarah-19016759.s117.json');
const FIXTURE = resolve('test/fixtures/cases/letter-fixture.s117.json');
const PLANTED =
  'Ms X, born 14/06/1979 (NHS number 943 476 5919), lived at 27 Wharf Lane, Northbridge NB4 7QT; her friend Tom Baxter rang from 01632 960123.';
const DETAILS = ['14/06/1979', '943 476 5919', '27 Wharf Lane', 'NB4 7QT', 'Tom Baxter', '01632 960123'];

let ws: TestWorkspace;
let caseId: string;
type Review = Output<'anonymise.review'>;

async function call<T>(channel: string, payload: unknown): Promise<T> {
  const result = await ws.handlers.invoke(channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

const target = { kind: 'letter', letterId: 'L1' } as const;

async function letterWithPlantedDetails() {
  const letter = await call<Output<'letters.create'>>('letters.create', { caseId, template: 'final' });
  const section: LetterSection = letter.letter.sections[0]!;
  await call('letters.saveSection', {
    caseId,
    letterId: 'L1',
    sectionId: section.id,
    section: { ...section, blocks: [...section.blocks, { kind: 'numbered', runs: md(PLANTED) }] },
  });
  return section;
}

beforeEach(async () => {
  ws = makeWorkspace({ actor: 'Jo Investigator' });
  ws.services.settings.setInvestigatorName('Jo Investigator');
  // Sarah's case with its complaint and findings recorded, so that its final decision can be approved.
  caseId = (await ws.services.caseFiles.importFromPath(completeSarah(ws.dir))).caseDetail.id;
});
afterEach(() => ws.dispose());

describe('the anonymisation review of a letter', () => {
  it('lists each detail with where it is, its context and a suggestion', async () => {
    const section = await letterWithPlantedDetails();
    const review = await call<Review>('anonymise.review', { caseId, target });
    expect(review.items.map((i) => [i.kindLabel, i.text, i.status])).toEqual([
      ['date of birth or age', '14/06/1979', 'unresolved'],
      ['NHS number', '943 476 5919', 'unresolved'],
      ['street address', '27 Wharf Lane', 'unresolved'],
      ['postcode', 'NB4 7QT', 'unresolved'],
      ['personal name', 'Tom Baxter', 'unresolved'],
      ['telephone number', '01632 960123', 'unresolved'],
    ]);
    expect(review.unresolved).toBe(6);
    const tom = review.items.find((i) => i.text === 'Tom Baxter')!;
    expect(tom.suggestion).toBe("Ms X's friend");
    expect(tom.occurrences[0]!.where).toMatch(new RegExp(`^${section.heading}, paragraph \\d+$`));
    expect(tom.occurrences[0]!.excerpt).toContain('her friend Tom Baxter rang');
  });

  it('refuses the anonymised export until each detail is resolved, then exports none of them', async () => {
    await letterWithPlantedDetails();
    const out = join(ws.dir, 'out');
    mkdirSync(out);
    ws.host.answers.save.push(join(out, 'chosen.pdf'));
    const refused = await ws.handlers.invoke('letters.export', {
      caseId,
      letterId: 'L1',
      format: 'pdf',
      anonymise: true,
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'anonymisation_unreviewed' } });
    if (!refused.ok) {
      expect(refused.error.message).toContain('6 identifying details to review');
      expect(refused.error.message).toContain('NHS number "943 476 5919" in');
    }
    // Refused before the save dialog: nothing asked, nothing written.
    expect(ws.host.answers.save).toHaveLength(1);
    expect(readdirSync(out)).toEqual([]);
    ws.host.answers.save.length = 0;

    const review = await call<Review>('anonymise.review', { caseId, target });
    const decided = await call<Review>('anonymise.decide', {
      caseId,
      target,
      decisions: review.items.map((i) => ({
        text: i.text,
        kind: i.kind,
        action: 'replace',
        replacement: i.text === 'Tom Baxter' ? 'Mr B' : i.suggestion,
      })),
    });
    expect(decided.unresolved).toBe(0);
    expect(decided.items.every((i) => i.status === 'replaced' && i.decision?.decidedBy === 'Jo Investigator')).toBe(
      true,
    );

    const pdf = join(out, 'anonymised.pdf');
    const docx = join(out, 'anonymised.docx');
    await call('letters.export', { caseId, letterId: 'L1', format: 'pdf', anonymise: true, path: pdf });
    await call('letters.export', { caseId, letterId: 'L1', format: 'docx', anonymise: true, path: docx });
    const pdfText = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const pdfInfo = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const parts = unzipSync(readFileSync(docx));
    const docxXml = Object.keys(parts)
      .filter((name) => name.endsWith('.xml'))
      .map((name) => strFromU8(parts[name]!))
      .join('\n');
    expect(pdfText).toContain('her friend Mr B rang from [telephone number]');
    for (const detail of [...DETAILS, 'Sarah', 'Jones']) {
      expect(pdfText).not.toContain(detail);
      expect(pdfInfo).not.toContain(detail);
      expect(docxXml).not.toContain(detail);
    }
  });

  it('audits each decision, keeps it for the next export, and can take it back', async () => {
    await letterWithPlantedDetails();
    await call('anonymise.decide', {
      caseId,
      target,
      decisions: [
        { text: 'Tom Baxter', kind: 'name', action: 'replace', replacement: "Ms X's friend" },
        { text: '01632 960123', kind: 'phone', action: 'keep', reason: 'the Council’s switchboard, published' },
      ],
    });
    const history = ws.services.cases.history(caseId).map((h) => h.summary);
    expect(history).toContain(
      "Anonymisation review of the Ombudsmen's final decision (version 1): replace “Tom Baxter” (personal name) with “Ms X's friend”",
    );
    expect(history).toContain(
      "Anonymisation review of the Ombudsmen's final decision (version 1): keep “01632 960123” (telephone number): the Council’s switchboard, published",
    );

    // Kept with the workspace: a fresh start sees the same decisions.
    const again = createServices({ dataDir: ws.dir, actor: 'Jo Investigator', keys: testKeys() });
    try {
      const review = await createHandlers(again, ws.host).invoke('anonymise.review', { caseId, target });
      expect(
        review.ok &&
          (review.value as Review).items.filter((i) => i.status !== 'unresolved').map((i) => [i.text, i.status]),
      ).toEqual([
        ['Tom Baxter', 'replaced'],
        ['01632 960123', 'kept'],
      ]);
    } finally {
      again.close();
    }

    const undone = await call<Review>('anonymise.undo', { caseId, target, text: 'Tom Baxter' });
    expect(undone.items.find((i) => i.text === 'Tom Baxter')?.status).toBe('unresolved');
    expect(ws.services.cases.history(caseId).map((h) => h.summary)).toContain(
      "Anonymisation review of the Ombudsmen's final decision (version 1): took back the decision to replace “Tom Baxter” (personal name) with “Ms X's friend”",
    );
  });

  it('carries the decisions over to a superseding version, which exports without asking again', async () => {
    await letterWithPlantedDetails();
    const review = await call<Review>('anonymise.review', { caseId, target });
    await call('anonymise.decide', {
      caseId,
      target,
      decisions: review.items.map((i) => ({ text: i.text, action: 'replace', replacement: i.suggestion })),
    });
    await call('letters.approve', { caseId, letterId: 'L1' });
    const next = await call<Output<'letters.supersede'>>('letters.supersede', { caseId, letterId: 'L1' });
    const carried = await call<Review>('anonymise.review', { caseId, target: { kind: 'letter', letterId: next.id } });
    expect(carried.unresolved).toBe(0);
    expect(carried.items).toHaveLength(6);
    const out = join(ws.dir, 'v2.docx');
    await call('letters.export', { caseId, letterId: next.id, format: 'docx', anonymise: true, path: out });
    expect(ws.services.cases.history(caseId).map((h) => h.summary)).toContain(
      "Superseded the Ombudsmen's final decision (version 1) with a new draft, version 2, starting from the approved text and its 6 anonymisation decisions",
    );
  });

  it('refuses a "keep" without a reason, naming the field', async () => {
    await letterWithPlantedDetails();
    const result = await ws.handlers.invoke('anonymise.decide', {
      caseId,
      target,
      decisions: [{ text: 'Tom Baxter', action: 'keep', reason: ' ' }],
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!result.ok) expect(result.error.message).toContain('decisions[0].reason: say why it may be published');
  });

  it('offers an anonymised file name without the case title when the case has no reference', async () => {
    await letterWithPlantedDetails();
    databaseForTests(ws.services)
      .prepare('UPDATE cases SET reference = NULL, title = ? WHERE id = ?')
      .run('Sarah Jones aftercare', caseId);
    expect(ws.services.letters.suggestedFileName(caseId, 'L1', 'pdf', true)).toBe(
      'case-final-decision-v1-anonymised.pdf',
    );
  });
});

describe('the anonymisation review of the chronology', () => {
  it('refuses the anonymised chronology until its care home is resolved, then leaves it out', async () => {
    await call('events.create', {
      caseId,
      event: { date: '2019-05-01', type: 'discharge', text: 'Ms X went to stay at Harbourside House.' },
    });
    const out = join(ws.dir, 'chronology.docx');
    const chronology = { kind: 'chronology' } as const;
    const refused = await ws.handlers.invoke('chronology.export', {
      caseId,
      format: 'docx',
      anonymise: true,
      path: out,
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'anonymisation_unreviewed' } });
    expect(readdirSync(ws.dir)).not.toContain('chronology.docx');
    const review = await call<Review>('anonymise.review', { caseId, target: chronology });
    expect(review.items.map((i) => [i.text, i.status])).toEqual([['Harbourside House', 'unresolved']]);
    await call('anonymise.decide', {
      caseId,
      target: chronology,
      decisions: [{ text: 'Harbourside House', kind: 'place', action: 'replace', replacement: 'the care home' }],
    });
    // The chronology's decisions are its own: a letter naming the care home still asks.
    await letterWithPlantedDetails();
    expect((await call<Review>('anonymise.review', { caseId, target })).unresolved).toBe(7);
    await call('chronology.export', { caseId, format: 'docx', anonymise: true, path: out });
    const xml = strFromU8(unzipSync(readFileSync(out))['word/document.xml']!);
    expect(xml).toContain('Ms X went to stay at the care home.');
    expect(xml).not.toContain('Harbourside');
    expect(ws.services.cases.history(caseId).map((h) => h.summary)).toContain(
      'Anonymisation review of the chronology: replace “Harbourside House” (hospital, ward or placement) with “the care home”',
    );
  });
});

describe('s117 letter --anonymise with a review file', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'anonymise-cli-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const cli = (...args: string[]) => runCliIn(join(dir, 'workspace'), args);
  const letterArgs = (out: string, ...more: string[]) => [
    'letter',
    FIXTURE,
    '--template',
    'final',
    '--format',
    'pdf',
    '--out',
    out,
    '--anonymise',
    '--investigator',
    'Ann Investigator',
    ...more,
  ];

  it('exits 1 listing each unresolved detail with its context, writes a template, and accepts it filled in', async () => {
    const out = join(dir, 'final.pdf');
    const template = join(dir, 'review.json');
    const refused = await cli(...letterArgs(out, '--review-template', template));
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('1 identifying detail to review before publication');
    expect(refused.err).toMatch(
      /hospital, ward or placement "Harbourside House" in What I found, paragraph \d+: .*discharged from hospital to Harbourside House/,
    );
    expect(refused.err).toContain(`refused to write ${out}`);
    expect(readdirSync(dir)).toContain('review.json');
    expect(readdirSync(dir)).not.toContain('final.pdf');

    const file = JSON.parse(readFileSync(template, 'utf8'));
    expect(file).toMatchObject({
      format: 's117-anonymise-review',
      version: 1,
      decisions: [{ text: 'Harbourside House', kind: 'place', action: null, replacement: 'the placement' }],
    });
    file.decisions[0].action = 'replace';
    file.decisions[0].replacement = 'the care home';
    writeFileSync(template, JSON.stringify(file));
    const ok = await cli(...letterArgs(out, '--review', template));
    expect(ok).toMatchObject({ code: 0, err: '' });
    const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
    expect(text).not.toContain('Harbourside');
    expect(text).toContain('the care home');
  });

  it('names the file and the field when the review file is wrong, and writes nothing', async () => {
    const out = join(dir, 'final.pdf');
    const review = join(dir, 'review.json');
    writeFileSync(
      review,
      JSON.stringify({
        format: 's117-anonymise-review',
        version: 1,
        decisions: [{ text: 'Harbourside House', action: 'keep', reason: '' }],
      }),
    );
    const bad = await cli(...letterArgs(out, '--review', review));
    expect(bad.code).toBe(1);
    expect(bad.err).toContain(`--review ${review}: decisions[0].reason: say why it may be published`);
    expect(readdirSync(dir)).not.toContain('final.pdf');
  });

  it('applies the decisions saved in the workspace to a stored case’s chronology', async () => {
    const workspace = join(dir, 'workspace');
    const services = createServices({ dataDir: workspace, actor: 'Jo Investigator', keys: testKeys() });
    try {
      const id = (await services.caseFiles.importFromPath(SARAH)).caseDetail.id;
      services.chronology.create(id, {
        date: '2019-05-01',
        type: 'discharge',
        text: 'Ms X went to Harbourside House.',
      });
    } finally {
      services.close();
    }
    const out = join(dir, 'chronology.docx');
    const args = ['chronology', '19 016 759', '--format', 'docx', '--out', out, '--anonymise'];
    const refused = await cli(...args);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('hospital, ward or placement "Harbourside House" in');

    const again = createServices({ dataDir: workspace, actor: 'Jo Investigator', keys: testKeys() });
    try {
      const id = again.cases.list({}).find((c) => c.reference === '19 016 759')!.id;
      again.anonymiseReview.decide(id, { kind: 'chronology' }, [
        { text: 'Harbourside House', action: 'replace', replacement: 'the care home' },
      ]);
    } finally {
      again.close();
    }
    expect(await cli(...args)).toMatchObject({ code: 0, err: '' });
    const xml = strFromU8(unzipSync(readFileSync(out))['word/document.xml']!);
    expect(xml).toContain('Ms X went to the care home.');
  });

  it('refuses --review without --anonymise as bad usage', async () => {
    const result = await cli(
      'letter',
      FIXTURE,
      '--template',
      'final',
      '--format',
      'pdf',
      '--out',
      join(dir, 'x.pdf'),
      '--review',
      'r.json',
    );
    expect(result.code).toBe(2);
    expect(result.err).toContain('--review and --review-template go with --anonymise');
  });
});

describe('the anonymised document’s metadata', () => {
  const parties = {
    people: [{ name: 'Sarah Jones', title: 'Ms' }],
    organisations: [{ name: 'Anytown Borough Council', kind: 'council' }],
  };
  const letter = (title: string, body = 'Local Government and Social Care Ombudsman'): Letter => ({
    header: { body, reference: '19 016 759', category: 'Adult care', decision: 'Upheld', date: '2020-12-01', title },
    sections: [
      { id: 's', heading: 'Summary', blocks: [{ kind: 'numbered', runs: [{ text: 'Ms Jones complained.' }] }] },
    ],
    signature: { role: 'Investigator', name: 'Jo Investigator' },
  });

  it('is read back from the bytes and refused when it names a party, in PDF and DOCX', async () => {
    // As if a renderer put the party in the title: rendered directly, then checked as written.
    const named = letter('Decision about Sarah Jones');
    const pdf = await renderLetterPdf(named, await loadLetterFonts());
    const options = { format: 'pdf' as const, anonymise: true, ...parties };
    await expect(assertMetadataClean(pdf, named, options)).rejects.toThrow(
      /metadata identifies someone:\n"Sarah" in the document's title/,
    );
    const docx = await renderLetterDocx(named);
    await expect(assertMetadataClean(docx, named, { ...options, format: 'docx' })).rejects.toThrow(
      /"Sarah" in the document's core.xml dc:title/,
    );
    // The same letter with a clean title passes.
    const clean = letter('Final decision');
    await expect(
      assertMetadataClean(await renderLetterDocx(clean), clean, { ...options, format: 'docx' }),
    ).resolves.toBeUndefined();
  });

  it('checks the header’s "from" line for real names too', async () => {
    const attempt = exportLetter(letter('Final decision', 'Sarah Jones, complaints'), {
      format: 'pdf',
      anonymise: true,
      ...parties,
    });
    await expect(attempt).rejects.toThrow(/"Sarah Jones" in Letter header \(from\)/);
  });
});
