// @ts-check
// pdfjs-dist set up for Node, shared by the main thread and the PDF reader worker threads (which is
// why it is plain JavaScript, with types in pdfjs-node.d.mts): the legacy build, with its worker
// module loaded in this thread (pdfjs's "fake worker"), and the options that find pdfjs's fonts,
// character maps and decoders on disk.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const pdfjsRoot = dirname(require.resolve('pdfjs-dist/package.json'));
const asset = (/** @type {string} */ folder) => join(pdfjsRoot, folder) + '/';

/** @type {Promise<typeof import('pdfjs-dist/legacy/build/pdf.mjs')> | null} */
let loading = null;

/**
 * The legacy build carries core-js polyfills, and on Node 20's V8 they replace Array.prototype.push
 * with a much slower version (for arrays longer than 2^32 - 1, which never arise here). That slowed
 * every push in the thread, pdfjs's own included. The library and its worker module (which pdfjs
 * would otherwise import lazily on the first document) are loaded here, then the native push is
 * put back.
 */
export function loadPdfjs() {
  loading ??= (async () => {
    const nativePush = Array.prototype.push;
    const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    /** @type {{ pdfjsWorker?: unknown }} */ (globalThis).pdfjsWorker ??= worker;
    if (Array.prototype.push !== nativePush) {
      Object.defineProperty(Array.prototype, 'push', { value: nativePush, writable: true, configurable: true });
    }
    return lib;
  })();
  return loading;
}

/**
 * Opens a PDF from its bytes.
 * @param {Uint8Array} data
 */
export async function openPdf(data) {
  const { getDocument } = await loadPdfjs();
  return getDocument({
    data,
    verbosity: 0,
    isEvalSupported: false,
    standardFontDataUrl: asset('standard_fonts'),
    cMapUrl: asset('cmaps'),
    cMapPacked: true,
    wasmUrl: asset('wasm'),
    iccUrl: asset('iccs'),
  }).promise;
}

/**
 * A page's text layer as pdfjs gives it: the strings in order, a line break where pdfjs marks one.
 * @param {import('pdfjs-dist/legacy/build/pdf.mjs').PDFPageProxy} page
 */
export async function rawPageText(page) {
  const content = await page.getTextContent();
  let text = '';
  for (const item of content.items) {
    if (!('str' in item)) continue;
    text += item.str;
    if (item.hasEOL) text += '\n';
  }
  return text;
}

/**
 * Pages read from one opening of a document. pdfjs keeps every page it has read, and the objects
 * those pages used (some 20 KB a page), until the document is closed; closing it and opening it
 * again after this many pages keeps that bounded however long the document is. Opening costs
 * time in proportion to the file's size (about 30 ms for 500 pages), so this is not done often.
 */
export const PAGES_PER_OPENING = 500;

/**
 * Reads the raw text of pages first, first + step, first + 2 × step, … of a PDF.
 * `onPage` may throw (to cancel); the document is closed either way.
 * @param {string} path
 * @param {{
 *   first: number,
 *   step: number,
 *   onOpened(pageCount: number): void,
 *   onPage(page: number, result: { text: string } | { error: 'page' | 'text' }): void,
 *   pagesPerOpening?: number,
 * }} options
 * @returns {Promise<'read' | 'password' | 'corrupt'>}
 */
export async function readPageTexts(path, { first, step, onOpened, onPage, pagesPerOpening = PAGES_PER_OPENING }) {
  let next = first;
  let pageCount = -1;
  do {
    const data = new Uint8Array(await readFile(path));
    /** @type {import('pdfjs-dist/legacy/build/pdf.mjs').PDFDocumentProxy} */
    let pdf;
    try {
      pdf = await openPdf(data);
    } catch (err) {
      if (pageCount < 0) return openFailure(err);
      throw err;
    }
    try {
      if (pageCount < 0) {
        pageCount = pdf.numPages;
        onOpened(pageCount);
      }
      for (let read = 0; read < pagesPerOpening && next <= pageCount; read++, next += step) {
        onPage(next, await readOnePage(pdf, next));
      }
    } finally {
      await pdf.destroy();
    }
  } while (next <= pageCount);
  return 'read';
}

/**
 * @param {import('pdfjs-dist/legacy/build/pdf.mjs').PDFDocumentProxy} pdf
 * @param {number} n
 * @returns {Promise<{ text: string } | { error: 'page' | 'text' }>}
 */
async function readOnePage(pdf, n) {
  let page;
  try {
    page = await pdf.getPage(n);
  } catch {
    return { error: 'page' };
  }
  try {
    return { text: await rawPageText(page) };
  } catch {
    return { error: 'text' };
  } finally {
    page.cleanup();
  }
}

/**
 * Why a document could not be opened.
 * @param {unknown} err
 * @returns {'password' | 'corrupt'}
 */
export function openFailure(err) {
  return /** @type {{ name?: string } | null} */ (err)?.name === 'PasswordException' ? 'password' : 'corrupt';
}
