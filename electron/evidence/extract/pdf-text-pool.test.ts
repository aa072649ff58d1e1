// The PDF reader threads: the pages they return match a read in this thread, page for page, however
// the document is dealt out; failures come back as reasons; cancelling stops them and the pool
// still works afterwards; and when no worker can start, the importer's reader falls back to this thread.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { passwordPdf, textPdf, writeFixture } from '../../../test/fixtures/evidence/make-fixtures';
import {
  createPdfTextPool,
  PdfWorkersUnavailableError,
  SPLIT_FROM_BYTES,
  type PdfTextPool,
  type RawPage,
  type ReadTextLayersOptions,
  type TextLayerResult,
} from './pdf-text-pool';
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

const describe_ = (p: RawPage) => ('text' in p ? p.text : `error: ${p.error}`);

/** Reads with `read`, gathering the pages by number as they come, and the progress reported. */
async function gather(
  read: (path: string, options: ReadTextLayersOptions) => Promise<TextLayerResult>,
  path: string,
  signal?: AbortSignal,
) {
  const texts: string[] = [];
  const progress: Array<[number, number]> = [];
  const result = await read(path, {
    ...(signal ? { signal } : {}),
    onPages: (pages, { done, total }) => {
      for (const p of pages) texts[p.page - 1] = describe_(p);
      progress.push([done, total]);
    },
  });
  return { result, texts, progress };
}
const withPool = (pool: PdfTextPool) => (path: string, options: ReadTextLayersOptions) => pool.read(path, options);

describe('PDF reader threads', () => {
  it('return every page in order, the same as a read in this thread', async () => {
    expect(statSync(bundle).size, 'the fixture must be big enough to be shared between workers').toBeGreaterThan(
      SPLIT_FROM_BYTES,
    );
    const fromWorkers = await gather(withPool(pool), bundle);
    const inThread = await gather(readTextLayersInThread, bundle);
    const { progress } = fromWorkers;
    expect(fromWorkers.result).toEqual({ ok: true, pageCount: PAGES });
    expect(inThread.result).toEqual({ ok: true, pageCount: PAGES });
    expect(fromWorkers.texts).toHaveLength(PAGES);
    expect(fromWorkers.texts).toEqual(inThread.texts);
    fromWorkers.texts.forEach((text, i) => expect(text).toContain(marker(i + 1)));
    expect(progress.at(-1)).toEqual([PAGES, PAGES]);
    // Progress comes in steps as pages arrive, never backwards.
    expect(progress.length).toBeGreaterThan(2);
    progress.slice(1).forEach(([done], i) => expect(done).toBeGreaterThan(progress[i]![0]));
  });

  it('report a password-protected or damaged PDF as such', async () => {
    expect((await gather(withPool(pool), locked)).result).toEqual({ ok: false, reason: 'password' });
    expect((await gather(withPool(pool), broken)).result).toEqual({ ok: false, reason: 'corrupt' });
  });

  it('stop when cancelled, and the pool reads the next document as usual', async () => {
    const controller = new AbortController();
    const reading = pool.read(bundle, { signal: controller.signal, onPages: () => controller.abort() });
    await expect(reading).rejects.toBeInstanceOf(ImportCancelledError);
    const again = await gather(withPool(pool), bundle);
    expect(again.texts.filter((t) => t.includes('marker'))).toHaveLength(PAGES);
  });

  it('give way to a read in this thread when no worker can start', async () => {
    const noWorkers = createPdfTextPool({ workerUrl: new URL('./no-such-worker.mjs', import.meta.url) });
    await expect(gather(withPool(noWorkers), bundle)).rejects.toBeInstanceOf(PdfWorkersUnavailableError);
    const { result, texts } = await gather((path, options) => readTextLayers(path, options, noWorkers), bundle);
    expect(result).toEqual({ ok: true, pageCount: PAGES });
    expect(texts[41]).toContain(marker(42));
  });

  it('give way to a read in this thread when a worker stops part-way, and the pages read again replace the first', async () => {
    const crashing = createPdfTextPool({
      workerUrl: new URL('../../../test/fixtures/evidence/crashing-pdf-worker.mjs', import.meta.url),
    });
    await expect(gather(withPool(crashing), bundle)).rejects.toBeInstanceOf(PdfWorkersUnavailableError);
    const page1: string[] = [];
    const texts: string[] = [];
    const result = await readTextLayers(
      bundle,
      {
        onPages: (pages) =>
          pages.forEach((p) => {
            texts[p.page - 1] = describe_(p);
            if (p.page === 1) page1.push(describe_(p));
          }),
      },
      crashing,
    );
    expect(result).toEqual({ ok: true, pageCount: PAGES });
    expect(page1[0]).toBe('half-read page');
    expect(texts[0]).toContain(marker(1));
    texts.forEach((text, i) => expect(text).toContain(marker(i + 1)));
    await crashing.stop();
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
