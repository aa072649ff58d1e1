// Types for pdfjs-node.mjs (plain JavaScript so that worker threads can load it as it is).
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

export function loadPdfjs(): Promise<typeof import('pdfjs-dist/legacy/build/pdf.mjs')>;
export function openPdf(data: Uint8Array): Promise<PDFDocumentProxy>;
export function rawPageText(page: PDFPageProxy): Promise<string>;
export function openFailure(err: unknown): 'password' | 'corrupt';

export type RawPageText = { text: string } | { error: 'page' | 'text' };
export const PAGES_PER_OPENING: number;
export function readPageTexts(
  path: string,
  options: {
    first: number;
    step: number;
    onOpened(pageCount: number): void;
    onPage(page: number, result: RawPageText): void;
    /** Default PAGES_PER_OPENING. */
    pagesPerOpening?: number;
  },
): Promise<'read' | 'password' | 'corrupt'>;
