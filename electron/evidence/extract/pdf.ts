// PDF text page by page. The text layers are read with pdfjs on worker threads (pdf-text-pool.ts),
// or in this thread if workers cannot run. A page with no text layer is then rendered onto a
// canvas (@napi-rs/canvas, through pdfjs's own Node canvas factory) and OCR'd here. Pages are
// rendered one at a time and released, so a 500-page PDF never holds more than one rendered page.
import { readFile } from 'node:fs/promises';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { OcrUnavailableError } from '../ocr';
import type { EvidencePage } from '../types';
import { openPdf, readPageTexts } from './pdfjs-node.mjs';
import {
  pdfTextPool,
  PdfWorkersUnavailableError,
  type PdfTextPool,
  type RawPage,
  type ReadTextLayersOptions,
  type TextLayerResult,
} from './pdf-text-pool';
import { fail, succeed, throwIfAborted, tidyText, type ExtractContext, type ExtractResult } from './types';

/** A page whose text layer has fewer letters or digits than this is treated as scanned. */
const MIN_TEXT_LAYER_CHARS = 3;
/** Matches once it has seen that many (it stops there rather than counting every letter on the page). */
const TEXT_LAYER_PATTERN = new RegExp(`(?:[\\p{L}\\p{N}][^\\p{L}\\p{N}]*){${MIN_TEXT_LAYER_CHARS}}`, 'u');
/** Longest side of a page rendered for OCR, in pixels (about 250 dpi for A4). */
const OCR_LONG_SIDE_PX = 2900;

const PASSWORD_DETAIL = 'it is protected by a password. Remove the password (save an unprotected copy) and import that';
const CORRUPT_DETAIL = 'it is not a readable PDF (the file is damaged or incomplete)';

export async function extractPdf(path: string, ctx: ExtractContext): Promise<ExtractResult> {
  const kept: EvidencePage[] = [];
  const put = (pages: EvidencePage[]) => {
    if (ctx.pageSink) ctx.pageSink.put(pages);
    else for (const p of pages) kept[p.page - 1] = p;
  };
  /** Notes on pages that could not be read, by page (a page read again replaces its note). */
  const pageNotes = new Map<number, string>();
  /** Pages to OCR: those with no text layer (or all, for re-run OCR) that pdfjs could load. */
  const toOcr = new Set<number>();
  const layers = await readTextLayers(path, {
    signal: ctx.signal,
    onPages: (raw, progress) => {
      throwIfAborted(ctx.signal);
      const pages = raw.map((r) => fromTextLayer(r, pageNotes));
      for (const [i, p] of pages.entries()) {
        const loadable = (raw[i] as { error?: string }).error !== 'page';
        if (loadable && (ctx.ocrPages === 'all' || p.method !== 'text')) toOcr.add(p.page);
        else toOcr.delete(p.page);
      }
      put(pages);
      ctx.onPage?.(progress.done, progress.total, 'reading');
    },
  });
  if (!layers.ok)
    return layers.reason === 'password' ? fail('password', PASSWORD_DETAIL) : fail('corrupt', CORRUPT_DETAIL);
  const total = layers.pageCount;
  const notes = [...pageNotes].sort(([a], [b]) => a - b).map(([, note]) => note);
  if (ctx.ocr && toOcr.size) {
    await ocrPages(
      path,
      [...toOcr].sort((a, b) => a - b),
      ctx,
      total,
      notes,
      put,
    );
  }
  ctx.onPage?.(total, total, 'reading');
  return succeed(ctx.pageSink ? { pages: [], inSink: { pageCount: total }, notes } : { pages: kept, notes });
}

/** Workers when they can run, else this thread. */
export async function readTextLayers(
  path: string,
  options: ReadTextLayersOptions,
  pool: PdfTextPool = pdfTextPool,
): Promise<TextLayerResult> {
  try {
    return await pool.read(path, options);
  } catch (err) {
    if (!(err instanceof PdfWorkersUnavailableError)) throw err;
    return readTextLayersInThread(path, options);
  }
}

/** The same as the workers do, one page after another in this thread. */
export async function readTextLayersInThread(path: string, options: ReadTextLayersOptions): Promise<TextLayerResult> {
  let pageCount = 0;
  const outcome = await readPageTexts(path, {
    first: 1,
    step: 1,
    onOpened: (count) => {
      pageCount = count;
      throwIfAborted(options.signal);
    },
    onPage: (page, result) => {
      options.onPages([{ page, ...result }], { done: page, total: pageCount });
      throwIfAborted(options.signal);
    },
  });
  return outcome === 'read' ? { ok: true, pageCount } : { ok: false, reason: outcome };
}

function fromTextLayer(raw: RawPage, notes: Map<number, string>): EvidencePage {
  const n = raw.page;
  notes.delete(n);
  if ('error' in raw) {
    notes.set(n, raw.error === 'page' ? `Page ${n} could not be read.` : `The text of page ${n} could not be read.`);
    return { page: n, text: '', method: 'none' };
  }
  const text = tidyText(raw.text);
  return { page: n, text, method: TEXT_LAYER_PATTERN.test(text) ? 'text' : 'none' };
}

/** Renders and OCRs the given pages, replacing each one's text when OCR finds some. */
async function ocrPages(
  path: string,
  wanted: number[],
  ctx: ExtractContext,
  total: number,
  notes: string[],
  put: (pages: EvidencePage[]) => void,
): Promise<void> {
  const ocr = ctx.ocr!;
  const pdf = await openPdf(new Uint8Array(await readFile(path)));
  try {
    for (const n of wanted) {
      throwIfAborted(ctx.signal);
      ctx.onPage?.(n - 1, total, 'ocr');
      let page: PDFPageProxy;
      try {
        page = await pdf.getPage(n);
      } catch {
        notes.push(`Page ${n} could not be read.`);
        continue;
      }
      try {
        const text = await ocr.recognize(await renderPage(pdf, page));
        if (text) put([{ page: n, text, method: 'ocr' }]);
      } catch (err) {
        notes.push(err instanceof OcrUnavailableError ? `Page ${n}: ${err.message}.` : `Page ${n} could not be OCR'd.`);
      } finally {
        page.cleanup();
      }
    }
  } finally {
    await pdf.destroy();
  }
}

interface NodeCanvas {
  encode(format: 'png'): Promise<Buffer>;
}
interface CanvasFactory {
  create(width: number, height: number): { canvas: NodeCanvas; context: unknown };
  destroy(entry: { canvas: NodeCanvas; context: unknown }): void;
}

async function renderPage(pdf: PDFDocumentProxy, page: PDFPageProxy): Promise<Uint8Array> {
  const unscaled = page.getViewport({ scale: 1 });
  const scale = Math.min(4, Math.max(1, OCR_LONG_SIDE_PX / Math.max(unscaled.width, unscaled.height)));
  const viewport = page.getViewport({ scale });
  // pdfjs's Node canvas factory is backed by @napi-rs/canvas.
  const factory = (pdf as unknown as { canvasFactory: CanvasFactory }).canvasFactory;
  const entry = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
  try {
    const ctx2d = entry.context as CanvasRenderingContext2D;
    ctx2d.fillStyle = '#ffffff';
    ctx2d.fillRect(0, 0, Math.ceil(viewport.width), Math.ceil(viewport.height));
    await page.render({
      canvas: entry.canvas as unknown as HTMLCanvasElement,
      canvasContext: ctx2d,
      viewport,
      background: '#ffffff',
    }).promise;
    return await entry.canvas.encode('png');
  } finally {
    factory.destroy(entry);
  }
}
