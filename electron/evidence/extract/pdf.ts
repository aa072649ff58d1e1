// PDF text page by page with pdfjs (legacy build, for Node). A page with no text layer is
// rendered onto a canvas (@napi-rs/canvas, through pdfjs's own Node canvas factory) and OCR'd.
// Pages are handled one at a time and released, so a 500-page PDF never holds more than one
// rendered page.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { OcrUnavailableError } from '../ocr';
import type { EvidencePage } from '../types';
import { fail, succeed, throwIfAborted, tidyText, type ExtractContext, type ExtractResult } from './types';

const require = createRequire(import.meta.url);
const pdfjsRoot = dirname(require.resolve('pdfjs-dist/package.json'));
const asset = (folder: string) => join(pdfjsRoot, folder) + '/';

/** A page whose text layer has fewer letters or digits than this is treated as scanned. */
const MIN_TEXT_LAYER_CHARS = 3;
/** Longest side of a page rendered for OCR, in pixels (about 250 dpi for A4). */
const OCR_LONG_SIDE_PX = 2900;

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<Pdfjs> | null = null;

/**
 * The legacy build carries core-js polyfills, and on Node 20's V8 it replaces Array.prototype.push
 * with a much slower version (for an edge case of arrays longer than 2^32 - 1 that never arises
 * here). That slowed every push in the process, pdfjs's own included, so the native one is put back.
 */
function loadPdfjs(): Promise<Pdfjs> {
  pdfjs ??= (async () => {
    const nativePush = Array.prototype.push;
    const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
    if (Array.prototype.push !== nativePush) {
      Object.defineProperty(Array.prototype, 'push', { value: nativePush, writable: true, configurable: true });
    }
    return lib;
  })();
  return pdfjs;
}

export async function extractPdf(path: string, ctx: ExtractContext): Promise<ExtractResult> {
  const data = new Uint8Array(await readFile(path));
  const { getDocument } = await loadPdfjs();
  let pdf: PDFDocumentProxy;
  try {
    pdf = await getDocument({
      data,
      verbosity: 0,
      isEvalSupported: false,
      standardFontDataUrl: asset('standard_fonts'),
      cMapUrl: asset('cmaps'),
      cMapPacked: true,
      wasmUrl: asset('wasm'),
      iccUrl: asset('iccs'),
    }).promise;
  } catch (err) {
    const name = (err as { name?: string }).name;
    if (name === 'PasswordException') {
      return fail(
        'password',
        'it is protected by a password. Remove the password (save an unprotected copy) and import that',
      );
    }
    return fail('corrupt', 'it is not a readable PDF (the file is damaged or incomplete)');
  }
  try {
    const pages: EvidencePage[] = [];
    const notes: string[] = [];
    const total = pdf.numPages;
    for (let n = 1; n <= total; n++) {
      throwIfAborted(ctx.signal);
      ctx.onPage?.(n - 1, total, 'reading');
      pages.push(await readPage(pdf, n, ctx, notes));
    }
    ctx.onPage?.(total, total, 'reading');
    return succeed({ pages, notes });
  } finally {
    await pdf.destroy();
  }
}

async function readPage(pdf: PDFDocumentProxy, n: number, ctx: ExtractContext, notes: string[]): Promise<EvidencePage> {
  let page: PDFPageProxy;
  try {
    page = await pdf.getPage(n);
  } catch {
    notes.push(`Page ${n} could not be read.`);
    return { page: n, text: '', method: 'none' };
  }
  try {
    let layer = '';
    try {
      layer = await textLayer(page);
    } catch {
      notes.push(`The text of page ${n} could not be read.`);
    }
    const hasLayer = (layer.match(/[\p{L}\p{N}]/gu)?.length ?? 0) >= MIN_TEXT_LAYER_CHARS;
    const wantOcr = ctx.ocr && (ctx.ocrPages === 'all' || !hasLayer);
    if (wantOcr && ctx.ocr) {
      ctx.onPage?.(n - 1, pdf.numPages, 'ocr');
      try {
        const text = await ctx.ocr.recognize(await renderPage(pdf, page));
        if (text) return { page: n, text, method: 'ocr' };
      } catch (err) {
        notes.push(err instanceof OcrUnavailableError ? `Page ${n}: ${err.message}.` : `Page ${n} could not be OCR'd.`);
      }
    }
    if (hasLayer) return { page: n, text: layer, method: 'text' };
    return { page: n, text: layer, method: 'none' };
  } finally {
    page.cleanup();
  }
}

async function textLayer(page: PDFPageProxy): Promise<string> {
  const content = await page.getTextContent();
  let out = '';
  for (const item of content.items) {
    if (!('str' in item)) continue;
    out += item.str;
    out += item.hasEOL ? '\n' : '';
  }
  return tidyText(out);
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
