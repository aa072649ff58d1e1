// Re-run OCR on a scanned PDF or an image already imported: reads the stored original (never
// changed), OCRs its pages again, and replaces the page texts in one audited transaction.
import type { Db } from '../store/db';
import { createMutator } from '../store/mutate';
import { documentTextMethod, getEvidence, replaceEvidencePages } from '../store/evidence-repo';
import { AppError } from '../errors';
import type { FileStore } from './file-store';
import type { OcrEngine } from './ocr';
import { extractFile } from './extract';
import type { EvidenceDetail } from './types';

export interface RerunOcrInput {
  db: Db;
  store: FileStore;
  ocr: OcrEngine;
  actor: string;
  caseId: string;
  evidenceId: string;
  /** PDFs: OCR every page, even those with a text layer (default: only pages without one). */
  allPages?: boolean;
  signal?: AbortSignal;
  onPage?(pagesDone: number, pagesTotal: number): void;
  now?: Date;
}

export async function rerunOcr(input: RerunOcrInput): Promise<EvidenceDetail> {
  const { db, caseId, evidenceId } = input;
  const item = getEvidence(db, caseId, evidenceId);
  if (item.type !== 'pdf' && item.type !== 'png' && item.type !== 'jpeg' && item.type !== 'tiff') {
    throw new AppError(
      'invalid_input',
      `OCR reads scanned PDFs and images; ${evidenceId} ('${item.title}') is not one.`,
    );
  }
  if (!input.store.has(item.sha256)) {
    throw new AppError(
      'file_error',
      `The stored original of ${evidenceId} ('${item.title}') is missing from the evidence folder.`,
    );
  }
  const type = item.type;
  const result = await input.store.withPlaintextPath(item.sha256, (plain) =>
    extractFile(plain, type, {
      ocr: input.ocr,
      ocrPages: input.allPages ? 'all' : 'auto',
      signal: input.signal,
      onPage: (done, total) => input.onPage?.(done, total),
    }),
  );
  if (!result.ok) throw new AppError('file_error', `OCR of ${evidenceId} ('${item.title}') failed: ${result.detail}.`);
  const pages = result.extraction.pages;
  const ocrPages = pages.filter((p) => p.method === 'ocr').length;
  const mutate = createMutator({ db, actor: () => input.actor, now: () => input.now ?? new Date() });
  mutate((change) => {
    replaceEvidencePages(db, caseId, evidenceId, pages, result.extraction.notes);
    change.audit({
      caseId,
      action: 'evidence.ocr',
      entity: 'evidence',
      entityId: evidenceId,
      summary: `Re-ran OCR on ${evidenceId} ('${item.title}'): ${ocrPages} of ${pages.length} page${pages.length === 1 ? '' : 's'} read by OCR`,
      before: {
        textMethod: item.textMethod,
        pages: item.pages.map((p) => ({ page: p.page, method: p.method, chars: p.chars })),
      },
      after: {
        textMethod: documentTextMethod(pages.map((p) => p.method)),
        pages: pages.map((p) => ({ page: p.page, method: p.method, chars: p.text.length })),
      },
    });
  });
  return getEvidence(db, caseId, evidenceId);
}
