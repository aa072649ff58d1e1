import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chmodSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { listAudit } from '../store/audit';
import { OcrUnavailableError, type OcrEngine } from './ocr';
import { addCase, createTestWorkspace, type TestWorkspace } from '../../test/fixtures/evidence/test-workspace';
import {
  CARE_PLAN_PAGES,
  COUNCIL_LETTER_PARAGRAPHS,
  docxFile,
  emlFile,
  passwordPdf,
  textPdf,
  textPng,
  writeFixture,
} from '../../test/fixtures/evidence/make-fixtures';

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

let carePlan: Uint8Array;
let letter: Uint8Array;
let encrypted: Uint8Array;
let picture: Uint8Array;

beforeAll(async () => {
  carePlan = await textPdf(CARE_PLAN_PAGES);
  letter = await docxFile(COUNCIL_LETTER_PARAGRAPHS);
  encrypted = await passwordPdf();
  picture = await textPng(['ignored']);
});

let ws: TestWorkspace;
beforeEach(() => {
  ws = createTestWorkspace();
  addCase(ws.db, 'c1', 'First case');
  addCase(ws.db, 'c2', 'Second case');
});
afterEach(async () => {
  await ws.dispose();
});

describe('importing a text PDF', () => {
  it('keeps the original unchanged under its SHA-256 and records the chain of custody', async () => {
    const file = await writeFixture(ws.inputDir, 'care-plan.pdf', carePlan);
    const result = await ws.evidence.importFiles({ caseId: 'c1', files: [file] });
    expect(result.outcomes[0]).toMatchObject({ status: 'imported', evidenceId: 'd1' });
    expect(result.outcomes[0]!.message).toContain("'care-plan.pdf'");

    const item = ws.evidence.get('c1', 'd1');
    expect(item).toMatchObject({
      sha256: sha(carePlan),
      originalName: 'care-plan.pdf',
      size: carePlan.byteLength,
      type: 'pdf',
      importedBy: 'Test Investigator',
      title: 'care-plan',
      textMethod: 'text',
      pageCount: 3,
    });
    const stored = ws.evidence.originalOf('c1', 'd1');
    expect(stored.path).toBe(join(ws.dataDir, 'evidence', sha(carePlan).slice(0, 2), sha(carePlan)));
    expect(sha(await stored.read())).toBe(sha(carePlan));
    // At rest the stored file is encrypted: not the original's bytes, and none of its text.
    expect(sha(readFileSync(stored.path))).not.toBe(sha(carePlan));
    expect(readFileSync(stored.path).subarray(0, 5).toString('latin1')).not.toBe('%PDF-');
    expect(statSync(stored.path).mode & 0o222).toBe(0); // read-only: never modified after import
  });

  it('stores text page by page with how it was obtained', async () => {
    const file = await writeFixture(ws.inputDir, 'care-plan.pdf', carePlan);
    await ws.evidence.importFiles({ caseId: 'c1', files: [file] });
    const pages = ws.evidence.pages('c1', 'd1');
    expect(pages.map((p) => p.page)).toEqual([1, 2, 3]);
    expect(pages.every((p) => p.method === 'text')).toBe(true);
    expect(pages[1]!.text).toContain('Discharged home today');
    expect(pages[0]!.text).not.toContain('Discharged');
    expect(ws.evidence.pages('c1', 'd1', { from: 3, to: 3 })[0]!.text).toContain('six weeks');
  });

  it("writes a PDF's pages to the database as they are read, and leaves no spooled page behind", async () => {
    const file = await writeFixture(ws.inputDir, 'care-plan.pdf', carePlan);
    const spooledWhileReading: number[] = [];
    await ws.evidence.importFiles({
      caseId: 'c1',
      files: [file],
      onProgress: (p) => {
        if (p.filePhase === 'reading' && p.pagesDone > 0) spooledWhileReading.push(ws.snapshot().spooled);
      },
    });
    expect(Math.max(...spooledWhileReading)).toBeGreaterThan(0);
    expect(ws.snapshot()).toMatchObject({ evidence: 1, pages: 3, spooled: 0 });
  });

  it('writes one audit entry naming the file', async () => {
    const file = await writeFixture(ws.inputDir, 'care-plan.pdf', carePlan);
    await ws.evidence.importFiles({ caseId: 'c1', files: [file] });
    const audit = listAudit(ws.db, 'c1');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: 'Test Investigator', action: 'evidence.import', entityId: 'd1' });
    expect(audit[0]!.summary).toMatch(/Imported 'care-plan\.pdf' as d1 \(3 pages/);
  });

  it('detects the type from the bytes, not the name', async () => {
    const file = await writeFixture(ws.inputDir, 'looks-like-a-picture.jpg', carePlan);
    await ws.evidence.importFiles({ caseId: 'c1', files: [file] });
    expect(ws.evidence.get('c1', 'd1').type).toBe('pdf');
  });
});

describe('the same bytes twice', () => {
  it('in the same case is reported as already imported and not stored again', async () => {
    const first = await writeFixture(ws.inputDir, 'care-plan.pdf', carePlan);
    const second = await writeFixture(ws.inputDir, 'copy of care plan.pdf', carePlan);
    await ws.evidence.importFiles({ caseId: 'c1', files: [first] });
    const before = ws.snapshot();
    const result = await ws.evidence.importFiles({ caseId: 'c1', files: [second] });
    expect(result.outcomes[0]).toMatchObject({ status: 'duplicate', evidenceId: 'd1' });
    expect(result.outcomes[0]!.message).toMatch(/'copy of care plan\.pdf' is already imported as d1/);
    expect(ws.snapshot()).toEqual(before);
  });

  it('in another case shares the stored file and makes a row in each case', async () => {
    const file = await writeFixture(ws.inputDir, 'care-plan.pdf', carePlan);
    await ws.evidence.importFiles({ caseId: 'c1', files: [file] });
    const result = await ws.evidence.importFiles({ caseId: 'c2', files: [file] });
    expect(result.outcomes[0]).toMatchObject({ status: 'imported', evidenceId: 'd1' });
    expect(ws.snapshot().evidence).toBe(2);
    expect(ws.snapshot().files).toEqual([`${sha(carePlan).slice(0, 2)}/${sha(carePlan)}`]);
    expect(ws.evidence.list('c2').map((e) => e.sha256)).toEqual([sha(carePlan)]);
  });

  it('in one batch imports the first and reports the second', async () => {
    const a = await writeFixture(ws.inputDir, 'a.pdf', carePlan);
    const b = await writeFixture(ws.inputDir, 'b.pdf', carePlan);
    const result = await ws.evidence.importFiles({ caseId: 'c1', files: [a, b] });
    expect(result.outcomes.map((o) => o.status)).toEqual(['imported', 'duplicate']);
  });
});

describe('other types', () => {
  it('reads a DOCX as one page of text', async () => {
    const file = await writeFixture(ws.inputDir, 'funding letter.docx', letter);
    const result = await ws.evidence.importFiles({ caseId: 'c1', files: [file] });
    expect(result.outcomes[0]!.status).toBe('imported');
    const [page] = ws.evidence.pages('c1', 'd1');
    expect(page).toMatchObject({ page: 1, method: 'text' });
    expect(page!.text).toContain('fund the placement under section 117');
    expect(ws.evidence.get('c1', 'd1').type).toBe('docx');
  });

  it('reads a UTF-8 text file', async () => {
    const file = await writeFixture(
      ws.inputDir,
      'notes.txt',
      'Telephone call — Mrs Ó Briain said the charges began in March.\n',
    );
    await ws.evidence.importFiles({ caseId: 'c1', files: [file] });
    expect(ws.evidence.get('c1', 'd1').type).toBe('txt');
    expect(ws.evidence.pages('c1', 'd1')[0]!.text).toContain('Mrs Ó Briain');
  });

  it('reads an email and makes its attachments child items linked to it', async () => {
    const eml = emlFile({
      from: 'Care Co-ordinator <cc@trust.example.org>',
      to: 'Ms B <b@example.org>',
      date: 'Tue, 12 Mar 2019 09:30:00 +0000',
      subject: 'Aftercare plan',
      body: 'Please find the care plan attached.',
      attachments: [
        { filename: 'care-plan.pdf', mimeType: 'application/pdf', bytes: carePlan },
        {
          filename: 'budget.xlsx',
          mimeType: 'application/vnd.ms-excel',
          bytes: new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]),
        },
      ],
    });
    const file = await writeFixture(ws.inputDir, 'aftercare.eml', eml);
    const result = await ws.evidence.importFiles({ caseId: 'c1', files: [file] });
    expect(result.outcomes[0]).toMatchObject({ status: 'imported', evidenceId: 'd1', childIds: ['d2', 'd3'] });

    const email = ws.evidence.get('c1', 'd1');
    expect(email.type).toBe('eml');
    expect(email.email).toMatchObject({ from: 'Care Co-ordinator <cc@trust.example.org>', subject: 'Aftercare plan' });
    expect(email.email!.to).toEqual(['Ms B <b@example.org>']);
    expect(email.documentDate).toBe('2019-03-12');
    expect(ws.evidence.pages('c1', 'd1')[0]!.text).toContain('Please find the care plan attached.');

    const children = ws.evidence.children('c1', 'd1');
    expect(children.map((c) => [c.id, c.originalName, c.type, c.parentId])).toEqual([
      ['d2', 'care-plan.pdf', 'pdf', 'd1'],
      ['d3', 'budget.xlsx', 'other', 'd1'],
    ]);
    expect(children[0]!.sha256).toBe(sha(carePlan));
    expect(ws.evidence.pages('c1', 'd2')).toHaveLength(3);
    expect(ws.evidence.get('c1', 'd3').extractionNotes.join(' ')).toMatch(/kept but its text is not read/);
    // Later importing the same PDF on its own is recognised as the attachment.
    const pdf = await writeFixture(ws.inputDir, 'plan.pdf', carePlan);
    const again = await ws.evidence.importFiles({ caseId: 'c1', files: [pdf] });
    expect(again.outcomes[0]!.message).toMatch(/already imported as d2, an attachment of d1/);
  });
});

describe('an HTML email with a picture in its signature', () => {
  it('keeps the picture inside the stored email rather than as an item of its own', async () => {
    const png = Buffer.from(picture).toString('base64');
    const raw = [
      'From: Duty Team <duty@council.example.org>',
      'To: b@example.org',
      'Date: Wed, 13 Mar 2019 10:00:00 +0000',
      'Subject: Your assessment',
      'MIME-Version: 1.0',
      'Content-Type: multipart/related; boundary="rel"',
      '',
      '--rel',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<p>The assessment is <b>booked</b> for Friday.</p><img src="cid:logo@council">',
      '--rel',
      'Content-Type: image/png',
      'Content-ID: <logo@council>',
      'Content-Disposition: inline; filename="image001.png"',
      'Content-Transfer-Encoding: base64',
      '',
      png,
      '--rel--',
      '',
    ].join('\r\n');
    const file = await writeFixture(ws.inputDir, 'assessment.eml', raw);
    const result = await ws.evidence.importFiles({ caseId: 'c1', files: [file] });
    expect(result.outcomes[0]).toMatchObject({ status: 'imported', evidenceId: 'd1' });
    expect(result.outcomes[0]!.childIds).toBeUndefined();
    expect(ws.evidence.pages('c1', 'd1')[0]!.text).toContain('The assessment is booked for Friday.');
    expect(ws.evidence.get('c1', 'd1').extractionNotes).toEqual([
      '1 picture embedded in the body was not made a separate item.',
    ]);
  });
});

describe('when OCR cannot start', () => {
  it('still imports a scan, with no text and a note saying why', async () => {
    await ws.dispose();
    const broken: OcrEngine = {
      recognize: () => Promise.reject(new OcrUnavailableError(new Error('eng.traineddata.gz is missing'))),
      close: async () => undefined,
    };
    ws = createTestWorkspace({ ocr: broken });
    addCase(ws.db, 'c1');
    const file = await writeFixture(ws.inputDir, 'scan.png', picture);
    const result = await ws.evidence.importFiles({ caseId: 'c1', files: [file] });
    expect(result.outcomes[0]!.status).toBe('imported');
    expect(ws.evidence.get('c1', 'd1')).toMatchObject({
      textMethod: 'none',
      extractionNotes: [expect.stringMatching(/OCR is not available: eng.traineddata.gz is missing/)],
    });
  });
});

describe('bad input', () => {
  const cases: Array<[string, () => Promise<string> | string, RegExp]> = [
    [
      'a zero-byte file',
      () => writeFixture(ws.inputDir, 'empty.pdf', new Uint8Array()),
      /'empty\.pdf' was not imported: it is empty/,
    ],
    [
      'a corrupt PDF',
      () => writeFixture(ws.inputDir, 'broken.pdf', '%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage'),
      /'broken\.pdf' was not imported: it is not a readable PDF/,
    ],
    [
      'a truncated PDF',
      () => writeFixture(ws.inputDir, 'cut short.pdf', carePlan.slice(0, 400)),
      /'cut short\.pdf' was not imported: it is not a readable PDF/,
    ],
    [
      'a password-protected PDF',
      () => writeFixture(ws.inputDir, 'locked.pdf', encrypted),
      /'locked\.pdf' was not imported: it is protected by a password/,
    ],
    [
      'an unsupported type',
      () =>
        writeFixture(ws.inputDir, 'budget.xlsx', new Uint8Array([0x50, 0x4b, 3, 4, ...Buffer.from('xl/workbook.xml')])),
      /'budget\.xlsx' was not imported: it looks like an Excel workbook\. Supported: PDF/,
    ],
    [
      'text that is not UTF-8',
      () => writeFixture(ws.inputDir, 'latin.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f])),
      /'latin\.txt' was not imported: it looks like text in an encoding other than UTF-8/,
    ],
    [
      'a damaged Word document',
      () =>
        writeFixture(
          ws.inputDir,
          'letter.docx',
          new Uint8Array([0x50, 0x4b, 3, 4, ...Buffer.from('word/document.xml junk')]),
        ),
      /'letter\.docx' was not imported: it is not a readable Word document/,
    ],
    [
      'a damaged PNG',
      async () => writeFixture(ws.inputDir, 'scan.png', picture.slice(0, 60)),
      /'scan\.png' was not imported: it is not a readable PNG image/,
    ],
    [
      'a path that is not there',
      () => join(ws.inputDir, 'never-existed.pdf'),
      /'never-existed\.pdf' was not imported: the file is no longer there/,
    ],
  ];

  it.each(cases)(
    '%s gets a message naming the file and the reason, and changes nothing',
    async (_label, make, message) => {
      const good = await writeFixture(ws.inputDir, 'good.pdf', carePlan);
      const bad = await make();
      await ws.evidence.importFiles({ caseId: 'c1', files: [good] });
      const before = ws.snapshot();
      const result = await ws.evidence.importFiles({ caseId: 'c1', files: [bad] });
      expect(result.outcomes[0]!.status).toBe('failed');
      expect(result.outcomes[0]!.message).toMatch(message);
      expect(ws.snapshot()).toEqual(before);
    },
  );

  it('refuses a file over the size limit', async () => {
    await ws.dispose();
    ws = createTestWorkspace({ maxFileBytes: 1000 });
    addCase(ws.db, 'c1');
    const file = await writeFixture(ws.inputDir, 'big.pdf', carePlan);
    const before = ws.snapshot();
    const result = await ws.evidence.importFiles({ caseId: 'c1', files: [file] });
    expect(result.outcomes[0]).toMatchObject({ status: 'failed', reason: 'too_large' });
    expect(result.outcomes[0]!.message).toMatch(/'big\.pdf' was not imported: it is \d+ KB, over the 1000 bytes limit/);
    expect(ws.snapshot()).toEqual(before);
  });

  it('imports the rest of the batch around the bad files', async () => {
    const files = [
      await writeFixture(ws.inputDir, 'empty.txt', ''),
      await writeFixture(ws.inputDir, 'care-plan.pdf', carePlan),
      await writeFixture(ws.inputDir, 'locked.pdf', encrypted),
      await writeFixture(ws.inputDir, 'letter.docx', letter),
    ];
    const result = await ws.evidence.importFiles({ caseId: 'c1', files });
    expect(result.outcomes.map((o) => o.status)).toEqual(['failed', 'imported', 'failed', 'imported']);
    expect(result).toMatchObject({ imported: 2, failed: 2 });
    expect(ws.evidence.list('c1').map((e) => e.originalName)).toEqual(['care-plan.pdf', 'letter.docx']);
    expect(ws.snapshot().files).toHaveLength(2);
  });

  it('reports a file that vanishes mid-import and carries on', async () => {
    const files = [
      await writeFixture(ws.inputDir, 'care-plan.pdf', carePlan),
      await writeFixture(ws.inputDir, 'going.docx', letter),
      await writeFixture(ws.inputDir, 'notes.txt', 'still here'),
    ];
    const result = await ws.evidence.importFiles({
      caseId: 'c1',
      files,
      onProgress: (p) => {
        // Deleted after its size was checked, before its bytes were read.
        if (p.fileIndex === 1 && p.filePhase === 'hashing') unlinkSync(files[1]!);
      },
    });
    expect(result.outcomes.map((o) => o.status)).toEqual(['imported', 'failed', 'imported']);
    expect(result.outcomes[1]!.message).toMatch(/'going\.docx' was not imported: the file is no longer there/);
    expect(ws.snapshot().files).toHaveLength(2);
  });

  it('reports a file that changes between hashing and copying', async () => {
    const file = await writeFixture(ws.inputDir, 'care-plan.pdf', carePlan);
    const before = ws.snapshot();
    const result = await ws.evidence.importFiles({
      caseId: 'c1',
      files: [file],
      onProgress: (p) => {
        if (p.filePhase === 'copying') writeFileSync(file, letter);
      },
    });
    expect(result.outcomes[0]!.message).toMatch(
      /'care-plan\.pdf' was not imported: it changed while it was being imported/,
    );
    expect(ws.snapshot()).toEqual(before);
  });

  it('reports a file it may not read', async () => {
    if (process.getuid?.() === 0) {
      // root reads anything; prove the message through a folder instead, which no one can import.
      const result = await ws.evidence.importFiles({ caseId: 'c1', files: [ws.dir] });
      expect(result.outcomes[0]!.message).toMatch(/was not imported: it is a folder/);
      return;
    }
    const file = await writeFixture(ws.inputDir, 'secret.pdf', carePlan);
    chmodSync(file, 0o000);
    const result = await ws.evidence.importFiles({ caseId: 'c1', files: [file] });
    expect(result.outcomes[0]!.message).toMatch(/'secret\.pdf' was not imported: this app is not allowed to read it/);
  });

  it('refuses an unknown case', async () => {
    await expect(ws.evidence.importFiles({ caseId: 'nope', files: [] })).rejects.toThrow(/Case nope was not found/);
  });
});

describe('progress and cancellation', () => {
  it('reports each file and its pages, and the overall position', async () => {
    const files = [
      await writeFixture(ws.inputDir, 'care-plan.pdf', carePlan),
      await writeFixture(ws.inputDir, 'letter.docx', letter),
    ];
    const seen: string[] = [];
    await ws.evidence.importFiles({
      caseId: 'c1',
      files,
      onProgress: (p) => seen.push(`${p.fileIndex + 1}/${p.fileCount} ${p.filePhase} ${p.pagesDone}/${p.pagesTotal}`),
    });
    expect(seen).toContain('1/2 reading 1/3');
    expect(seen).toContain('1/2 reading 3/3');
    expect(seen.indexOf('1/2 saving 0/0')).toBeLessThan(seen.indexOf('2/2 checking 0/0'));
    expect(seen.at(-1)).toBe('2/2 done 0/0');
  });

  it('stops when cancelled, leaving nothing of the file in hand', async () => {
    const files = [
      await writeFixture(ws.inputDir, 'care-plan.pdf', carePlan),
      await writeFixture(ws.inputDir, 'letter.docx', letter),
      await writeFixture(ws.inputDir, 'notes.txt', 'three'),
    ];
    const controller = new AbortController();
    const result = await ws.evidence.importFiles({
      caseId: 'c1',
      files,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.fileIndex === 1 && p.filePhase === 'reading') controller.abort();
      },
    });
    expect(result.outcomes.map((o) => o.status)).toEqual(['imported', 'cancelled', 'cancelled']);
    expect(result.outcomes[2]!.message).toBe("'notes.txt' was not imported: the import was cancelled.");
    expect(ws.snapshot().files).toHaveLength(1);
    expect(ws.snapshot().evidence).toBe(1);
    expect(ws.snapshot().spooled).toBe(0);
  });
});
