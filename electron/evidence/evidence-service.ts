// The evidence service one workspace exposes to handlers and the CLI: import (a batch with
// progress and cancellation), list and read items and pages, edit metadata, search, re-run OCR,
// and find the stored original behind an `evidence-file/<sha256>` URL. Opening it runs the
// recovery sweep. Imports and OCR runs are queued one at a time, so two jobs never race over the
// same stored file.
import type { Readable } from 'node:stream';
import type { Db } from '../store/db';
import type { EvidenceCipher } from '../crypto/evidence-cipher';
import {
  evidencePageCount,
  getEvidence,
  getEvidencePages,
  listEvidence,
  listEvidenceChildren,
  updateEvidenceMetadata,
  evidenceTypeOfHash,
} from '../store/evidence-repo';
import { notFound } from '../errors';
import { createFileStore, type FileStore } from './file-store';
import { isSha256 } from './hash';
import { MIME_TYPES } from './detect-type';
import { createOcrEngine, type OcrEngine } from './ocr';
import { DEFAULT_MAX_FILE_BYTES, type EvidenceImportContext } from './import-evidence';
import { runImportJob, type ImportJobInput, type ImportJobResult } from './import-job';
import { recoverEvidenceStore, type RecoveryReport } from './recover';
import { pdfTextPool } from './extract/pdf-text-pool';
import { rerunOcr } from './rerun-ocr';
import { searchEvidence } from '../store/evidence-search';
import type {
  EvidenceDetail,
  EvidenceMetadataPatch,
  EvidencePage,
  EvidenceSearchResult,
  EvidenceSummary,
  EvidenceType,
} from './types';

export interface EvidenceServiceOptions {
  db: Db;
  /** The workspace folder: originals go in `<dataDir>/evidence/`. */
  dataDir: string;
  /** Who is doing it, asked at each change (the settings may change the name). */
  actor: () => string;
  now?: () => Date;
  /** Largest file accepted, in bytes (default 500 MB). */
  maxFileBytes?: number;
  /** false: no OCR at all; an engine: use it (tests share one). Default: a bundled tesseract engine. */
  ocr?: boolean | OcrEngine;
  /** Encrypts stored originals (every workspace the app opens); null: in clear. */
  cipher?: EvidenceCipher | null;
}

export interface StoredOriginal {
  sha256: string;
  /** Where the stored form lives (encrypted in an encrypted workspace: read it through the methods). */
  path: string;
  mimeType: string;
  /** The original's bytes. */
  read(): Promise<Buffer>;
  /** The original's bytes as a stream. */
  openRead(): Readable;
  /** Writes the original to `target` (which must not exist yet). */
  copyToSync(target: string): void;
}

export interface EvidenceService {
  /** What the sweep at open removed. */
  readonly recovery: RecoveryReport;
  importFiles(input: ImportJobInput): Promise<ImportJobResult>;
  list(caseId: string): EvidenceSummary[];
  get(caseId: string, evidenceId: string): EvidenceDetail;
  pages(caseId: string, evidenceId: string, range?: { from: number; to: number }): EvidencePage[];
  pageCount(caseId: string, evidenceId: string): number;
  children(caseId: string, evidenceId: string): EvidenceSummary[];
  updateMetadata(caseId: string, evidenceId: string, patch: EvidenceMetadataPatch): EvidenceDetail;
  search(input: { query: string; caseId?: string | null; limit?: number }): EvidenceSearchResult;
  rerunOcr(
    caseId: string,
    evidenceId: string,
    options?: { allPages?: boolean; signal?: AbortSignal; onPage?(pagesDone: number, pagesTotal: number): void },
  ): Promise<EvidenceDetail>;
  /** The stored original for an `evidence-file/<sha256>` URL, or null (bad hash, or no such file). */
  originalBySha(sha256: string): StoredOriginal | null;
  /** The stored original of one item. */
  originalOf(caseId: string, evidenceId: string): StoredOriginal & { originalName: string };
  /** Runs the recovery sweep again (e.g. after deleting a case). */
  sweep(): RecoveryReport;
  close(): Promise<void>;
}

export function createEvidenceService(options: EvidenceServiceOptions): EvidenceService {
  const { db } = options;
  const now = options.now ?? (() => new Date());
  const store: FileStore = createFileStore(options.dataDir, options.cipher ?? null);
  const stored = (sha256: string, mimeType: string): StoredOriginal => ({
    sha256,
    path: store.pathOf(sha256),
    mimeType,
    read: () => store.read(sha256),
    openRead: () => store.openRead(sha256),
    copyToSync: (target) => store.copyOutSync(sha256, target),
  });
  const ownsOcr = options.ocr === undefined || options.ocr === true;
  const ocr: OcrEngine | null =
    options.ocr === false ? null : typeof options.ocr === 'object' ? options.ocr : createOcrEngine();
  const recovery = recoverEvidenceStore(db, store);

  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(job: () => Promise<T>): Promise<T> => {
    const run = queue.then(job);
    queue = run.catch(() => undefined);
    return run;
  };

  const importContext = (): EvidenceImportContext => ({
    db,
    store,
    ocr,
    actor: options.actor(),
    now,
    maxFileBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
  });

  const mimeOf = (sha256: string): string => {
    const type = evidenceTypeOfHash(db, sha256) as EvidenceType | undefined;
    return MIME_TYPES[type ?? 'other'];
  };

  return {
    recovery,
    importFiles: (input) => exclusive(() => runImportJob(importContext(), input)),
    list: (caseId) => listEvidence(db, caseId),
    get: (caseId, evidenceId) => getEvidence(db, caseId, evidenceId),
    pages: (caseId, evidenceId, range) => {
      getEvidence(db, caseId, evidenceId);
      return getEvidencePages(db, caseId, evidenceId, range);
    },
    pageCount: (caseId, evidenceId) => evidencePageCount(db, caseId, evidenceId),
    children: (caseId, evidenceId) => {
      getEvidence(db, caseId, evidenceId);
      return listEvidenceChildren(db, caseId, evidenceId);
    },
    updateMetadata: (caseId, evidenceId, patch) =>
      updateEvidenceMetadata(db, { actor: options.actor(), caseId, evidenceId, patch, now: now() }),
    search: (input) => searchEvidence(db, input),
    rerunOcr: (caseId, evidenceId, opts = {}) =>
      exclusive(async () => {
        const engine = ocr ?? createOcrEngine();
        try {
          return await rerunOcr({
            db,
            store,
            ocr: engine,
            actor: options.actor(),
            caseId,
            evidenceId,
            allPages: opts.allPages,
            signal: opts.signal,
            onPage: opts.onPage,
            now: now(),
          });
        } finally {
          if (!ocr) await engine.close();
        }
      }),
    originalBySha: (sha256) => {
      if (!isSha256(sha256) || !store.has(sha256)) return null;
      return stored(sha256, mimeOf(sha256));
    },
    originalOf: (caseId, evidenceId) => {
      const item = getEvidence(db, caseId, evidenceId);
      if (!store.has(item.sha256)) throw notFound(`The stored original of ${evidenceId}`);
      return { ...stored(item.sha256, MIME_TYPES[item.type]), originalName: item.originalName };
    },
    sweep: () => recoverEvidenceStore(db, store),
    close: async () => {
      await queue;
      if (ownsOcr && ocr) await ocr.close();
      // Idle PDF reader threads would stop on their own after a minute; closing frees them now.
      await pdfTextPool.stop();
    },
  };
}
