// What every extractor returns: the text page by page with how it was obtained, what else the
// file told us, or a failure in plain words (which the importer prefixes with the file's name).
import type { OcrEngine } from '../ocr';
import type { EmailHeaders, EvidencePage } from '../types';

export interface ExtractedAttachment {
  filename: string | null;
  mimeType: string;
  bytes: Uint8Array;
}

export interface Extraction {
  /** The pages, unless they went to the context's page sink (then empty, and `inSink` is set). */
  pages: EvidencePage[];
  /** Set when the pages were put in ExtractContext.pageSink as they were read. */
  inSink?: { pageCount: number };
  email?: EmailHeaders;
  /** A date the document states for itself (an email's Date), as YYYY-MM-DD. */
  documentDate?: string;
  attachments?: ExtractedAttachment[];
  notes: string[];
}

export type ExtractFailureReason = 'corrupt' | 'password' | 'unsupported';

export type ExtractResult =
  { ok: true; extraction: Extraction } | { ok: false; reason: ExtractFailureReason; detail: string };

/**
 * Where a long document's pages can go as they are read, so they are never all in memory (the
 * importer's spool). Putting a page again replaces its text.
 */
export interface PageSink {
  put(pages: readonly EvidencePage[]): void;
}

export interface ExtractContext {
  /** null: OCR is off, pages without a text layer get method 'none'. */
  ocr: OcrEngine | null;
  /** 'auto' OCRs only pages with no text layer; 'all' OCRs every page (re-run OCR). */
  ocrPages?: 'auto' | 'all';
  signal?: AbortSignal;
  onPage?(pagesDone: number, pagesTotal: number, phase: 'reading' | 'ocr'): void;
  /** PDFs only: put the pages here as they are read instead of returning them. */
  pageSink?: PageSink;
}

export const fail = (reason: ExtractFailureReason, detail: string): ExtractResult => ({ ok: false, reason, detail });

export const succeed = (extraction: Extraction): ExtractResult => ({ ok: true, extraction });

/** Collapses runs of spaces, keeps line breaks, trims. */
export function tidyText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\f\v\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ImportCancelledError();
}

export class ImportCancelledError extends Error {
  constructor() {
    super('the import was cancelled');
    this.name = 'ImportCancelledError';
  }
}
