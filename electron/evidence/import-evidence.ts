// Imports one file into a case, in the order that keeps the chain of custody and leaves nothing
// half-done: check size → hash the original → already in this case? → copy to a temp file in
// the store (re-hashing to prove the copy is those bytes) → detect the type from the bytes →
// extract text (a failure stops here and removes the temp file) → rename into the store → one
// transaction writes the rows, pages, search index and audit entries. A kill after the rename
// but before the commit leaves a file no row refers to, which the recovery sweep removes.
import { stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Db } from '../store/db';
import { createMutator } from '../store/mutate';
import {
  findEvidenceBySha,
  insertEvidenceItem,
  isHashReferenced,
  nextEvidenceIds,
  documentTextMethod,
} from '../store/evidence-repo';
import { sha256File } from './hash';
import { createPageSpool, type PageSpool } from '../store/page-spool';
import { detectFileType, TYPE_LABELS } from './detect-type';
import { FileChangedError, type FileStore, type StagedFile } from './file-store';
import type { OcrEngine } from './ocr';
import { extractFile } from './extract';
import { ImportCancelledError, throwIfAborted, type Extraction } from './extract/types';
import type {
  DocumentTextMethod,
  EmailHeaders,
  EvidencePage,
  EvidenceType,
  ImportFailureReason,
  ImportOutcome,
  ImportPhase,
} from './types';

export const DEFAULT_MAX_FILE_BYTES = 500 * 1024 * 1024;

export interface EvidenceImportContext {
  db: Db;
  store: FileStore;
  /** null turns OCR off (pages without a text layer are kept with no text). */
  ocr: OcrEngine | null;
  actor: string;
  now: () => Date;
  maxFileBytes: number;
}

export interface ImportFileOptions {
  signal?: AbortSignal;
  onPhase?(phase: ImportPhase, pagesDone: number, pagesTotal: number): void;
}

interface PreparedItem {
  staged: StagedFile;
  type: EvidenceType;
  originalName: string;
  title: string;
  /** The pages, unless they are in `spool` (a PDF's, written as they were read). */
  pages: EvidencePage[];
  spool: PageSpool | null;
  pageCount: number;
  textMethod: DocumentTextMethod;
  email: EmailHeaders | null;
  documentDate: string | null;
  notes: string[];
}

class ImportFailure extends Error {
  constructor(
    readonly reason: ImportFailureReason,
    readonly detail: string,
  ) {
    super(detail);
  }
}

export async function importEvidenceFile(
  ctx: EvidenceImportContext,
  caseId: string,
  file: string,
  options: ImportFileOptions = {},
): Promise<ImportOutcome> {
  const name = basename(file);
  const phase = (p: ImportPhase, done = 0, total = 0) => options.onPhase?.(p, done, total);
  const staged: StagedFile[] = [];
  let spool: PageSpool | null = null;
  try {
    throwIfAborted(options.signal);
    phase('checking');
    const size = await checkFile(file, ctx.maxFileBytes);

    phase('hashing');
    const { sha256 } = await readOrExplain(() => sha256File(file, options.signal));
    const existing = findEvidenceBySha(ctx.db, caseId, sha256);
    if (existing) return duplicateOutcome(file, name, existing);

    phase('copying');
    const original = await readOrExplain(() => ctx.store.stage(file, sha256, options.signal));
    staged.push(original);
    if (original.size !== size)
      throw new ImportFailure('changed', 'it changed while it was being imported. Import it again');

    const detection = await detectFileType(original.readPath);
    if (detection.type === null) {
      const what = detection.looksLike
        ? `it looks like ${detection.looksLike}`
        : 'its content is not a type this app reads';
      throw new ImportFailure(
        'unsupported',
        `${what}. Supported: PDF, Word (.docx), email (.eml), plain text, PNG, JPEG and TIFF images`,
      );
    }
    phase('reading');
    // A PDF's pages go to a spool in the database as they are read, not into memory.
    if (detection.type === 'pdf') spool = createPageSpool(ctx.db);
    const result = await extractFile(original.readPath, detection.type, {
      ocr: ctx.ocr,
      signal: options.signal,
      onPage: (done, total, p) => phase(p, done, total),
      ...(spool ? { pageSink: spool } : {}),
    });
    if (!result.ok) throw new ImportFailure(result.reason, result.detail);
    const items: PreparedItem[] = [prepared(original, detection.type, name, result.extraction, spool)];
    for (const [i, attachment] of (result.extraction.attachments ?? []).entries()) {
      throwIfAborted(options.signal);
      const child = await ctx.store.stageBytes(attachment.bytes);
      staged.push(child);
      items.push(
        await prepareAttachment(
          ctx,
          child,
          attachment.filename ?? `attachment-${i + 1}`,
          result.extraction,
          options.signal,
        ),
      );
    }
    throwIfAborted(options.signal);

    phase('saving');
    const created: string[] = [];
    for (const s of staged) {
      if ((await ctx.store.commit(s)).created) created.push(s.sha256);
    }
    staged.length = 0;
    try {
      const saved = saveItems(ctx, caseId, items);
      if (saved.duplicateOf) return duplicateOutcome(file, name, saved.duplicateOf);
      phase('done');
      return importedOutcome(file, name, items, saved.ids);
    } finally {
      // Undo renames whose rows were not written (a duplicate found at the last moment, or an error).
      for (const sha of created) if (!isHashReferenced(ctx.db, sha)) await ctx.store.remove(sha);
    }
  } catch (err) {
    if (err instanceof ImportCancelledError || (err as { name?: string }).name === 'AbortError') {
      return { file, status: 'cancelled', message: `'${name}' was not imported: the import was cancelled.` };
    }
    if (err instanceof ImportFailure) {
      return { file, status: 'failed', reason: err.reason, message: `'${name}' was not imported: ${err.detail}.` };
    }
    return {
      file,
      status: 'failed',
      reason: 'save_failed',
      message: `'${name}' was not imported: ${(err as Error).message ?? String(err)}.`,
    };
  } finally {
    for (const s of staged) await ctx.store.discard(s);
    spool?.discard();
  }
}

async function checkFile(file: string, maxBytes: number): Promise<number> {
  const stats = await readOrExplain(() => stat(file));
  if (!stats.isFile()) throw new ImportFailure('not_a_file', 'it is a folder or device, not a file');
  if (stats.size === 0) throw new ImportFailure('empty', 'it is empty (0 bytes)');
  if (stats.size > maxBytes) {
    throw new ImportFailure(
      'too_large',
      `it is ${formatSize(stats.size)}, over the ${formatSize(maxBytes)} limit for one file`,
    );
  }
  return stats.size;
}

/** Turns the file system's errors while reading an original into reasons a caseworker understands. */
async function readOrExplain<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (err) {
    if (err instanceof FileChangedError)
      throw new ImportFailure('changed', 'it changed while it was being imported. Import it again');
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new ImportFailure('vanished', 'the file is no longer there (it was moved, renamed or deleted)');
    if (code === 'EACCES' || code === 'EPERM')
      throw new ImportFailure('unreadable', 'this app is not allowed to read it');
    if (code === 'EISDIR') throw new ImportFailure('not_a_file', 'it is a folder, not a file');
    throw err;
  }
}

function prepared(
  staged: StagedFile,
  type: EvidenceType,
  originalName: string,
  extraction: Extraction,
  spool: PageSpool | null,
): PreparedItem {
  return {
    staged,
    type,
    originalName,
    title: titleFromName(originalName),
    ...pagesOf(extraction.inSink && spool ? spool : extraction.pages),
    email: extraction.email ?? null,
    documentDate: extraction.documentDate ?? null,
    notes: extraction.notes,
  };
}

/** An item's pages, held or spooled, with their count and how their text was obtained. */
function pagesOf(from: EvidencePage[] | PageSpool): Pick<PreparedItem, 'pages' | 'spool' | 'pageCount' | 'textMethod'> {
  if (Array.isArray(from)) {
    return {
      pages: from,
      spool: null,
      pageCount: from.length,
      textMethod: documentTextMethod(from.map((p) => p.method)),
    };
  }
  return { pages: [], spool: from, ...from.summary() };
}

/** An attachment is kept even when it cannot be read: it is part of the email as received. */
async function prepareAttachment(
  ctx: EvidenceImportContext,
  staged: StagedFile,
  filename: string,
  email: Extraction,
  signal: AbortSignal | undefined,
): Promise<PreparedItem> {
  const base = {
    staged,
    originalName: filename,
    title: titleFromName(filename),
    email: null,
    documentDate: email.documentDate ?? null,
  };
  const detection = staged.size === 0 ? { type: null, looksLike: null } : await detectFileType(staged.readPath);
  if (detection.type === null) {
    const note =
      staged.size === 0 ? 'The attachment is empty.' : 'This type of attachment is kept but its text is not read.';
    return { ...base, type: 'other', ...pagesOf([]), notes: [note] };
  }
  const result = await extractFile(staged.readPath, detection.type, { ocr: ctx.ocr, signal });
  if (!result.ok) {
    return {
      ...base,
      type: detection.type,
      ...pagesOf([]),
      notes: [`Its text could not be read: ${result.detail}.`],
    };
  }
  const notes = [...result.extraction.notes];
  if (result.extraction.attachments?.length)
    notes.push('Its own attachments were not split out; they are inside the stored email.');
  return {
    ...base,
    type: detection.type,
    ...pagesOf(result.extraction.pages),
    email: result.extraction.email ?? null,
    documentDate: result.extraction.documentDate ?? base.documentDate,
    notes,
  };
}

function saveItems(
  ctx: EvidenceImportContext,
  caseId: string,
  items: PreparedItem[],
):
  | { ids: string[]; duplicateOf?: undefined }
  | { ids?: undefined; duplicateOf: { id: string; parentId: string | null; title: string } } {
  const { db } = ctx;
  return createMutator({ db, actor: () => ctx.actor, now: () => ctx.now() })((change) => {
    const top = items[0]!;
    // Another import may have stored the same bytes since we checked.
    const existing = findEvidenceBySha(db, caseId, top.staged.sha256);
    if (existing) return { duplicateOf: existing };
    const ids = nextEvidenceIds(db, caseId, items.length);
    const importedAt = change.at.toISOString();
    items.forEach((item, i) => {
      const id = ids[i]!;
      const parentId = i === 0 ? null : ids[0]!;
      insertEvidenceItem(
        db,
        {
          caseId,
          id,
          parentId,
          sha256: item.staged.sha256,
          originalName: item.originalName,
          size: item.staged.size,
          type: item.type,
          importedAt,
          importedBy: change.actor,
          title: item.title,
          documentDate: item.documentDate,
          email: item.email,
          extractionNotes: item.notes,
        },
        item.spool ? { pageCount: item.pageCount, textMethod: item.textMethod } : item.pages,
      );
      if (item.spool && item.spool.copyTo(caseId, id) !== item.pageCount) {
        throw new Error('the text read from its pages was lost before it could be saved. Import it again');
      }
      const method = item.textMethod;
      change.audit({
        caseId,
        action: 'evidence.import',
        entity: 'evidence',
        entityId: id,
        summary:
          parentId === null
            ? `Imported '${item.originalName}' as ${id} (${describeText(item.pageCount, method)})`
            : `Imported attachment '${item.originalName}' of ${parentId} as ${id} (${describeText(item.pageCount, method)})`,
        after: {
          sha256: item.staged.sha256,
          originalName: item.originalName,
          size: item.staged.size,
          type: item.type,
          parentId,
          pages: item.pageCount,
          textMethod: method,
        },
      });
    });
    return { ids };
  });
}

function duplicateOutcome(
  file: string,
  name: string,
  existing: { id: string; parentId: string | null; title: string },
): ImportOutcome {
  const where = existing.parentId ? `${existing.id}, an attachment of ${existing.parentId}` : existing.id;
  return {
    file,
    status: 'duplicate',
    evidenceId: existing.id,
    message: `'${name}' is already imported as ${where} ('${existing.title}'); it was not stored again.`,
  };
}

function importedOutcome(file: string, name: string, items: PreparedItem[], ids: string[]): ImportOutcome {
  const top = items[0]!;
  const method = top.textMethod;
  const childIds = ids.slice(1);
  const children = childIds.length
    ? `, with ${childIds.length} attachment${childIds.length === 1 ? '' : 's'} as ${childIds.join(', ')}`
    : '';
  return {
    file,
    status: 'imported',
    evidenceId: ids[0]!,
    ...(childIds.length ? { childIds } : {}),
    message: `Imported '${name}' as ${ids[0]} (${TYPE_LABELS[top.type]}, ${describeText(top.pageCount, method)})${children}.`,
  };
}

const METHOD_WORDS: Record<DocumentTextMethod, string> = {
  text: 'text layer',
  ocr: 'text by OCR',
  mixed: 'text layer and OCR',
  none: 'no text found',
};

function describeText(pages: number, method: DocumentTextMethod): string {
  return `${pages} page${pages === 1 ? '' : 's'}, ${METHOD_WORDS[method]}`;
}

export function titleFromName(fileName: string): string {
  const ext = extname(fileName);
  const stem = (ext && ext.length < fileName.length ? fileName.slice(0, -ext.length) : fileName).trim();
  return (stem || fileName).slice(0, 300);
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024 * 1024) return `${(bytes / (1024 * 1024 * 1024)).toFixed(1)} GB`;
  if (bytes >= 1024 * 1024) return `${Math.round(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
