// `s117 letter` and `s117 chronology`: a final decision whose remedy rests on no findings is
// refused naming the checks; --allow-errors writes a draft only; the signatory must be given; a
// letter from a stored case is audited and is, word for word, the letter the desktop app starts
// and exports for that case; an anonymised letter and the chronology are written.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testKeys } from '../support/test-keys';
import { runCliIn } from '../support/run-cli';
import { docxParagraphs, flowText, pdfText } from '../support/document-text';
import { createServices } from '../../electron/services';
import { completeSarah } from '../support/complete-sarah';
import { execFileSync } from 'node:child_process';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/cases');
const NO_FINDINGS = join(FIXTURES, 'sarah-19016759.s117.json');
const WITH_FINDINGS = join(FIXTURES, 'letter-fixture.s117.json');
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 's117-cli-letter-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const s117 = (...args: string[]) => runCliIn(join(dir, 'ws'), args);

/** Imports the letter fixture into the test workspace, without the evidence documents the demo generates. */
async function importWithFindings(): Promise<void> {
  const file = JSON.parse(readFileSync(WITH_FINDINGS, 'utf8')) as {
    evidence?: unknown;
    events: Array<Record<string, unknown>>;
  };
  delete file.evidence;
  for (const event of file.events) delete event.citations;
  const path = join(dir, 'no-evidence.s117.json');
  writeFileSync(path, JSON.stringify(file));
  const imported = await s117('import', path);
  expect(imported.code).toBe(0);
}
const letter = (file: string, template: string, out: string, ...more: string[]) =>
  s117('letter', file, '--template', template, '--format', 'pdf', '--out', out, ...more);

describe('s117 letter', () => {
  it('refuses a final decision with a remedy and no findings, naming the checks, and writes nothing', async () => {
    const out = join(dir, 'final.pdf');
    const result = await letter(NO_FINDINGS, 'final', out, '--investigator', 'Ann Investigator');
    expect(result.code).toBe(1);
    expect(result.err).toContain('error REMEDY-WITHOUT-INJUSTICE');
    expect(result.err).toContain('error PAYER-WITHOUT-FAULT');
    expect(result.err).toMatch(
      /refused to write .*final\.pdf: the ombudsmen's final decision fails the letter checks .*PAYER-WITHOUT-FAULT/,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('writes the same case once it has findings, with decision lines that follow from them', async () => {
    const out = join(dir, 'final.pdf');
    const result = await letter(completeSarah(dir), 'final', out, '--investigator', 'Ann Investigator');
    expect(result.code).toBe(0);
    // Its remedies name no finding: warnings, which do not stop the letter.
    expect(result.err).toContain('warning REMEDY-FINDING-INFERRED');
    expect(result.err).not.toMatch(/^error /m);
    const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('19 016 759a Anytown Borough Council Upheld: fault causing injustice');
    expect(text).toContain('NHS Anytown CCG (now NHS Anytown ICB) Upheld: fault causing injustice');
    expect(text).toContain('Ann Investigator');
  });

  it('writes a draft with errors only when asked, and never a final decision', async () => {
    const draft = join(dir, 'draft.pdf');
    expect((await letter(NO_FINDINGS, 'draft', draft, '--investigator', 'A')).code).toBe(1);
    expect(existsSync(draft)).toBe(false);
    const allowed = await letter(NO_FINDINGS, 'draft', draft, '--investigator', 'A', '--allow-errors');
    expect(allowed.code).toBe(0);
    expect(existsSync(draft)).toBe(true);
    const final = await letter(NO_FINDINGS, 'final', join(dir, 'f.pdf'), '--investigator', 'A', '--allow-errors');
    expect(final.code).toBe(2);
    expect(final.err).toContain('--allow-errors is for drafts only');
  });

  it('writes the final decision when the remedy rests on findings, and refuses it unsigned', async () => {
    const out = join(dir, 'final.pdf');
    const unsigned = await letter(WITH_FINDINGS, 'final', out);
    expect(unsigned.code).toBe(1);
    expect(unsigned.err).toContain('error SIGNATURE-MISSING');
    expect(existsSync(out)).toBe(false);
    const signed = await letter(WITH_FINDINGS, 'final', out, '--investigator', 'Ann Investigator');
    expect(signed).toMatchObject({ code: 0, err: '' });
    expect(readdirSync(dir)).toContain('final.pdf');
  });

  it('records a letter written from a stored case in its audit log', async () => {
    await importWithFindings();
    const out = join(dir, 'stored-final.pdf');
    const result = await letter('21 004 512', 'final', out, '--investigator', 'Ann Investigator');
    expect(result.code).toBe(0);
    const services = createServices({ dataDir: join(dir, 'ws'), keys: testKeys() });
    try {
      const caseId = services.cases.list({})[0]!.id;
      const history = services.cases.history(caseId).map((h) => h.summary);
      expect(
        history.some((h) => h.startsWith("Wrote the ombudsmen's final decision (named PDF) with the s117 command")),
      ).toBe(true);
    } finally {
      services.close();
    }
  });
});

describe("s117 letter is the desktop app's letter", () => {
  it('writes, for a stored case, the text the app exports for the same case, and the run is in its history', async () => {
    await importWithFindings();
    const open = () => createServices({ dataDir: join(dir, 'ws'), keys: testKeys() });
    let services = open();
    try {
      // Both are signed by the investigator named in the app's settings.
      services.settings.setInvestigatorName('Ann Investigator');
    } finally {
      services.close();
    }
    const cli = { pdf: join(dir, 'cli.pdf'), docx: join(dir, 'cli.docx') };
    for (const format of ['pdf', 'docx'] as const) {
      const result = await s117(
        'letter',
        '21 004 512',
        '--template',
        'final',
        '--format',
        format,
        '--out',
        cli[format],
      );
      // No check fails or warns, for the app either (below).
      expect(result).toMatchObject({ code: 0, err: '' });
    }

    const app = { pdf: join(dir, 'app.pdf'), docx: join(dir, 'app.docx') };
    services = open();
    try {
      const caseId = services.cases.list({})[0]!.id;
      const created = services.letters.create(caseId, 'final');
      expect(created.checks).toEqual([]);
      for (const format of ['pdf', 'docx'] as const)
        await services.letters.exportTo(caseId, created.id, { format, anonymise: false, path: app[format] });
      const history = services.cases.history(caseId).map((h) => h.summary);
      for (const format of ['PDF', 'DOCX'])
        expect(history).toContainEqual(
          expect.stringMatching(
            new RegExp(
              `^Wrote the ombudsmen's final decision \\(named ${format}\\) with the s117 command to ${cli[format.toLowerCase() as 'pdf' | 'docx'].replace(/[.\\/]/g, '\\$&')} \\(sha256 [0-9a-f]{12}…\\)$`,
            ),
          ),
        );
    } finally {
      services.close();
    }
    const appDocx = docxParagraphs(readFileSync(app.docx));
    expect(docxParagraphs(readFileSync(cli.docx))).toEqual(appDocx);
    expect(appDocx.map((p) => p.text)).toContain('Ann Investigator');
    expect(pdfText(readFileSync(cli.pdf), dir, 'cli-text').pages).toEqual(
      pdfText(readFileSync(app.pdf), dir, 'app-text').pages,
    );
  });
});

describe('s117 letter and s117 chronology write what they are asked', () => {
  const realNameParts = ['Tobias', 'Helen', 'Wrenfield'];

  it('writes an anonymised final decision as DOCX from a case file, and nothing else beside it', async () => {
    const folder = mkdtempSync(join(dir, 'cli-'));
    const out = join(folder, 'final.docx');
    const reviewFile = join(dir, 'review.json');
    const decisions = [{ text: 'Harbourside House', action: 'replace', replacement: 'the care home' }];
    writeFileSync(reviewFile, JSON.stringify({ format: 's117-anonymise-review', version: 1, decisions }));
    const result = await s117(
      'letter',
      WITH_FINDINGS,
      '--template',
      'final',
      '--format',
      'docx',
      '--out',
      out,
      '--anonymise',
      '--investigator',
      'Ann Investigator',
      '--review',
      reviewFile,
    );
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(readdirSync(folder)).toEqual(['final.docx']);
    const text = docxParagraphs(readFileSync(out))
      .map((p) => p.text)
      .join(' ');
    expect(text).toContain('Agreed action');
    for (const part of realNameParts) expect(text).not.toContain(part);
  });

  it('refuses bad usage with exit code 2 and writes nothing', async () => {
    const folder = mkdtempSync(join(dir, 'cli-'));
    const result = await letter(WITH_FINDINGS, 'verdict', join(folder, 'x.pdf'));
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/--template must be one of draft, final, council-response/);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('writes the chronology as PDF', async () => {
    const out = join(mkdtempSync(join(dir, 'cli-')), 'chronology.pdf');
    const result = await s117('chronology', WITH_FINDINGS, '--format', 'pdf', '--out', out);
    expect(result.code).toBe(0);
    expect(result.out).toContain(out);
    expect(flowText(pdfText(readFileSync(out), dir, 'cli-chronology').pages)).toContain('Chronology of events');
  });
});
