// The PDF reader threads: the pages they return match a read in this thread, page for page, however
// the document is dealt out; failures come back as reasons; cancelling stops them and the pool
// still works afterwards; and when no worker can start, the importer's reader falls back to this thread.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { passwordPdf, textPdf, writeFixture } from '../../../test/fixtures/evidence/make-fixtures';
import { createPdfTextPool, PdfWorkersUnavailableError, SPLIT_FROM_BYTES, type RawPageText } from './pdf-text-pool';
import { readTextLayers, readTextLayersInThread } from './pdf';
import { readPageTexts } from './pdfjs-node.mjs';
import { ImportCancelledError } from './types';

const PAGES = 90;
const marker = (n: number) => `marker${String(n).padStart(3, '0')}`;
/** Enough words that the file is over the size at which it is split between workers. */
const pageLines = (n: number) =>
  Array.from({ length: 30 }, (_, line) => `${marker(n)} line ${line} of the care plan review for section aftercare`);

let dir: string;
let bundle: string;
let locked: string;
let broken: string;
const pool = createPdfTextPool({ parts: 3, idleMs: 5_000 });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 's117-pdf-pool-'));
  bundle = await writeFixture(
    dir,
    'bundle.pdf',
    await textPdf(Array.from({ length: PAGES }, (_, i) => pageLines(i + 1))),
  );
  locked = await writeFixture(dir, 'locked.pdf', await passwordPdf());
  broken = await writeFixture(dir, 'broken.pdf', '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer <<>>\n%%EOF');
});

afterAll(async () => {
  await pool.stop();
  rmSync(dir, { recursive: true, force: true });
});

const texts = (pages: RawPageText[]) => pages.map((p) => ('text' in p ? p.text : `error: ${p.error}`));

describe('PDF reader threads', () => {
  it('return every page in order, the same as a read in this thread', async () => {
    expect(statSync(bundle).size, 'the fixture must be big enough to be shared between workers').toBeGreaterThan(
      SPLIT_FROM_BYTES,
    );
    const progress: Array<[number, number]> = [];
    const fromWorkers = await pool.read(bundle, { onPage: (done, total) => progress.push([done, total]) });
    const inThread = await readTextLayersInThread(bundle, {});
    if (!fromWorkers.ok || !inThread.ok) throw new Error('expected both reads to succeed');
    expect(fromWorkers.pages).toHaveLength(PAGES);
    expect(texts(fromWorkers.pages)).toEqual(texts(inThread.pages));
    fromWorkers.pages.forEach((p, i) => expect('text' in p && p.text).toContain(marker(i + 1)));
    expect(progress.at(-1)).toEqual([PAGES, PAGES]);
    // Progress comes in steps as pages arrive, never backwards.
    expect(progress.length).toBeGreaterThan(2);
    progress.slice(1).forEach(([done], i) => expect(done).toBeGreaterThan(progress[i]![0]));
  });

  it('report a password-protected or damaged PDF as such', async () => {
    expect(await pool.read(locked)).toEqual({ ok: false, reason: 'password' });
    expect(await pool.read(broken)).toEqual({ ok: false, reason: 'corrupt' });
  });

  it('stop when cancelled, and the pool reads the next document as usual', async () => {
    const controller = new AbortController();
    const reading = pool.read(bundle, {
      signal: controller.signal,
      onPage: () => controller.abort(),
    });
    await expect(reading).rejects.toBeInstanceOf(ImportCancelledError);
    const again = await pool.read(bundle);
    expect(again.ok && again.pages.length).toBe(PAGES);
  });

  it('give way to a read in this thread when no worker can start', async () => {
    const noWorkers = createPdfTextPool({ workerUrl: new URL('./no-such-worker.mjs', import.meta.url) });
    await expect(noWorkers.read(bundle)).rejects.toBeInstanceOf(PdfWorkersUnavailableError);
    const result = await readTextLayers(bundle, {}, noWorkers);
    expect(result.ok && texts(result.pages)[41]).toContain(marker(42));
  });
});

describe('reading a long document in openings', () => {
  it('reads every page of its share once, in order, across re-openings', async () => {
    const seen: number[] = [];
    const outcome = await readPageTexts(bundle, {
      first: 2,
      step: 3,
      pagesPerOpening: 7,
      onOpened: (count) => expect(count).toBe(PAGES),
      onPage: (n, result) => {
        seen.push(n);
        expect('text' in result && result.text).toContain(marker(n));
      },
    });
    expect(outcome).toBe('read');
    expect(seen).toEqual(Array.from({ length: 30 }, (_, i) => 2 + i * 3));
  });
});
