// OCR is slow: one engine for the file, fixtures built once, few recognitions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOcrEngine, type OcrEngine } from './ocr';
import { listAudit } from '../store/audit';
import { addCase, createTestWorkspace, type TestWorkspace } from '../../test/fixtures/evidence/test-workspace';
import {
  docxFile,
  imagePdf,
  mixedPdf,
  textJpeg,
  textPng,
  textTiff,
  writeFixture,
} from '../../test/fixtures/evidence/make-fixtures';

let engine: OcrEngine;
let ws: TestWorkspace;
let files: Record<'scanned' | 'mixed' | 'png' | 'jpeg' | 'tiff' | 'docx', string>;

beforeAll(async () => {
  engine = createOcrEngine();
  ws = createTestWorkspace({ ocr: engine });
  addCase(ws.db, 'c1');
  const dir = ws.inputDir;
  files = {
    scanned: await writeFixture(
      dir,
      'scanned letter.pdf',
      await imagePdf([['Discharged home today'], ['Aftercare plan agreed']]),
    ),
    mixed: await writeFixture(
      dir,
      'mixed.pdf',
      await mixedPdf([{ text: ['Typed covering note about funding'] }, { image: ['Charges for care home'] }]),
    ),
    png: await writeFixture(dir, 'photo of letter.png', await textPng(['Section 117 entitlement'])),
    jpeg: await writeFixture(dir, 'phone photo.jpg', await textJpeg(['Weekly support worker'])),
    tiff: await writeFixture(dir, 'fax.tif', textTiff(['Placement ended without review'])),
    docx: await writeFixture(dir, 'letter.docx', await docxFile(['Typed letter'])),
  };
  const result = await ws.evidence.importFiles({ caseId: 'c1', files: Object.values(files) });
  expect(result.outcomes.map((o) => o.status)).toEqual([
    'imported',
    'imported',
    'imported',
    'imported',
    'imported',
    'imported',
  ]);
}, 60_000);

afterAll(async () => {
  await ws.dispose();
  await engine.close();
});

const idOf = (name: string) => ws.evidence.list('c1').find((e) => e.originalName === name)!.id;

describe('OCR', () => {
  it('reads the pages of a scanned PDF that has no text layer', () => {
    const id = idOf('scanned letter.pdf');
    const pages = ws.evidence.pages('c1', id);
    expect(pages.map((p) => p.method)).toEqual(['ocr', 'ocr']);
    expect(pages[0]!.text).toMatch(/Discharged home today/i);
    expect(pages[1]!.text).toMatch(/Aftercare plan agreed/i);
    expect(ws.evidence.get('c1', id).textMethod).toBe('ocr');
  });

  it('uses the text layer where there is one and OCR where there is not', () => {
    const id = idOf('mixed.pdf');
    const pages = ws.evidence.pages('c1', id);
    expect(pages.map((p) => p.method)).toEqual(['text', 'ocr']);
    expect(pages[1]!.text).toMatch(/Charges for care home/i);
    expect(ws.evidence.get('c1', id).textMethod).toBe('mixed');
  });

  it.each([
    ['photo of letter.png', /Section 117 entitlement/i],
    ['phone photo.jpg', /Weekly support worker/i],
    ['fax.tif', /Placement ended without review/i],
  ])('reads an image (%s)', (name, words) => {
    const [page] = ws.evidence.pages('c1', idOf(name));
    expect(page!.method).toBe('ocr');
    expect(page!.text).toMatch(words);
  });

  it('makes OCR text searchable with the page it is on', () => {
    const hits = ws.evidence.search({ query: '"aftercare plan"', caseId: 'c1' }).hits;
    expect(hits.map((h) => [h.evidenceId, h.page])).toEqual([[idOf('scanned letter.pdf'), 2]]);
  });

  it('re-runs OCR, replacing the page texts and recording it in the audit log', async () => {
    const id = idOf('scanned letter.pdf');
    ws.db
      .prepare(
        `UPDATE evidence_pages SET text = 'D1sch@rged h0me' WHERE case_id = 'c1' AND evidence_id = ? AND page = 1`,
      )
      .run(id);
    expect(ws.evidence.search({ query: 'discharged', caseId: 'c1' }).hits).toHaveLength(0);

    const pagesSeen: number[] = [];
    const updated = await ws.evidence.rerunOcr('c1', id, { onPage: (done) => pagesSeen.push(done) });
    expect(updated.pages.map((p) => p.method)).toEqual(['ocr', 'ocr']);
    expect(ws.evidence.pages('c1', id)[0]!.text).toMatch(/Discharged home today/i);
    expect(ws.evidence.search({ query: 'discharged', caseId: 'c1' }).hits.map((h) => h.page)).toEqual([1]);
    expect(pagesSeen.length).toBeGreaterThan(0);
    const entry = listAudit(ws.db, 'c1').at(-1)!;
    expect(entry).toMatchObject({ action: 'evidence.ocr', entityId: id });
    expect(entry.summary).toBe(`Re-ran OCR on ${id} ('scanned letter'): 2 of 2 pages read by OCR`);
  }, 30_000);

  it('refuses to OCR a document that is not a scan or an image', async () => {
    await expect(ws.evidence.rerunOcr('c1', idOf('letter.docx'))).rejects.toThrow(
      /OCR reads scanned PDFs and images; .* is not one/,
    );
  });

  it('keeps scanned pages with no text when OCR is off', async () => {
    const off = createTestWorkspace({ ocr: false });
    try {
      addCase(off.db, 'c1');
      await off.evidence.importFiles({ caseId: 'c1', files: [files.scanned] });
      expect(off.evidence.pages('c1', 'd1').map((p) => [p.method, p.text])).toEqual([
        ['none', ''],
        ['none', ''],
      ]);
      expect(off.evidence.get('c1', 'd1').textMethod).toBe('none');
    } finally {
      await off.dispose();
    }
  });
});
