// Memory of a PDF import, for the evidence section: peak RSS and main-thread heap while a 500- and
// a 2,000-page PDF are imported (reader threads already running), and, with garbage collected
// (`--expose-gc`), what pdfjs itself holds: the opened document, and the most it holds while
// reading every page, with the importer's re-opening every PAGES_PER_OPENING pages and without it.
import type { EvidenceService } from '../../electron/evidence/evidence-service';
import { loadPdfjs, openPdf, PAGES_PER_OPENING, readPageTexts } from '../../electron/evidence/extract/pdfjs-node.mjs';
import { readFile } from 'node:fs/promises';
import type { BenchResult } from '../types';

const SECTION = 'evidence';
export const SHORT_PDF_PAGES = 500;
export const LONG_PDF_PAGES = 2_000;

const MB = 2 ** 20;
/** The main thread's heap may not grow more than this when the PDF is four times as long. */
const HEAP_RATIO_TARGET = 1.25;
const round = (n: number) => Math.round(n * 10) / 10;
const row = (metric: string, value: number, unit: string): BenchResult => ({ section: SECTION, metric, value, unit });

/** Peak RSS and main-thread heap above their level before `run`, sampled every 5 ms. */
async function peakGrowth(run: () => Promise<unknown>): Promise<{ rssMb: number; heapMb: number }> {
  global.gc?.();
  const before = process.memoryUsage();
  let rss = before.rss;
  let heap = before.heapUsed;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heap = Math.max(heap, m.heapUsed);
  }, 5);
  try {
    await run();
  } finally {
    clearInterval(sampler);
  }
  return { rssMb: (rss - before.rss) / MB, heapMb: (heap - before.heapUsed) / MB };
}

export async function importMemoryBench(input: {
  evidence: EvidenceService;
  addCase(id: string): void;
  shortFile: string;
  longFile: string;
}): Promise<BenchResult[]> {
  const importInto = (caseId: string, file: string) => async () => {
    input.addCase(caseId);
    const done = await input.evidence.importFiles({ caseId, files: [file] });
    if (done.outcomes[0]?.status !== 'imported') throw new Error(done.outcomes[0]?.message);
  };
  const short = await peakGrowth(importInto('m1', input.shortFile));
  const long = await peakGrowth(importInto('m2', input.longFile));
  // Four times the pages: a heap that held the pages' text would grow about fourfold.
  const heapRatio = long.heapMb / Math.max(short.heapMb, 1);
  return [
    row(`peak RSS growth, ${SHORT_PDF_PAGES}-page import`, round(short.rssMb), 'MB'),
    row(`peak RSS growth, ${LONG_PDF_PAGES}-page import`, round(long.rssMb), 'MB'),
    row(`main-thread heap growth, ${SHORT_PDF_PAGES}-page import`, round(short.heapMb), 'MB'),
    row(`main-thread heap growth, ${LONG_PDF_PAGES}-page import`, round(long.heapMb), 'MB'),
    {
      ...row(`main-thread heap growth, ${LONG_PDF_PAGES} pages ÷ ${SHORT_PDF_PAGES} pages`, round(heapRatio), '×'),
      target: `≤ ${HEAP_RATIO_TARGET}× (bounded)`,
      pass: heapRatio <= HEAP_RATIO_TARGET,
    },
  ];
}

/** Live heap above `base` after a full collection (0 when gc is not exposed). */
function liveAbove(base: number): number {
  if (!global.gc) return 0;
  global.gc();
  return process.memoryUsage().heapUsed - base;
}

/** pdfjs's live heap once the document is open, before any page is read. */
async function openedDocument(file: string): Promise<number> {
  const base = liveAbove(0);
  const pdf = await openPdf(new Uint8Array(await readFile(file)));
  try {
    return liveAbove(base);
  } finally {
    await pdf.destroy();
  }
}

/** The most pdfjs holds while reading every page (measured every 100 pages). */
async function whileReading(file: string, pagesPerOpening: number): Promise<number> {
  const base = liveAbove(0);
  let most = 0;
  let read = 0;
  await readPageTexts(file, {
    first: 1,
    step: 1,
    pagesPerOpening,
    onOpened: () => undefined,
    onPage: () => {
      if (++read % 100 === 0) most = Math.max(most, liveAbove(base));
    },
  });
  return most;
}

export async function pdfjsMemoryBench(shortFile: string, longFile: string): Promise<BenchResult[]> {
  if (!global.gc) return [];
  await loadPdfjs();
  const openShort = await openedDocument(shortFile);
  const openLong = await openedDocument(longFile);
  const withReopening = await whileReading(longFile, PAGES_PER_OPENING);
  const withoutReopening = await whileReading(longFile, Number.POSITIVE_INFINITY);
  return [
    row(`pdfjs live heap, ${SHORT_PDF_PAGES}-page PDF opened`, round(openShort / MB), 'MB'),
    row(`pdfjs live heap, ${LONG_PDF_PAGES}-page PDF opened`, round(openLong / MB), 'MB'),
    row(
      `pdfjs live heap per page of an opened PDF`,
      round((openLong - openShort) / 1024 / (LONG_PDF_PAGES - SHORT_PDF_PAGES)),
      'KB/page',
    ),
    row(
      `pdfjs most live heap reading ${LONG_PDF_PAGES} pages, re-opened every ${PAGES_PER_OPENING}`,
      round(withReopening / MB),
      'MB',
    ),
    row(`pdfjs most live heap reading ${LONG_PDF_PAGES} pages, opened once`, round(withoutReopening / MB), 'MB'),
  ];
}
