// Case archives (`.s117case`): how an investigator hands a whole case to a colleague. One zip
// with the case file, the original evidence, the letters, the case's audit log and, last, a
// manifest (SHA-256 and size of every file). Both ways stream (archive/write-archive.ts,
// archive/read-archive.ts): export reads the originals decrypted from the store a chunk at a
// time and renames the finished zip into place; import unpacks into a private working folder
// within limits, then verifies every entry — no path leaving the folder, no duplicate, every
// size and hash as the manifest says, nothing unlisted — before anything reaches the workspace,
// and imports the case file through the case-file service. Both take an AbortSignal and report
// progress, and run as jobs (jobs.cancelAll stops them when the workspace closes).
import { removeCaseRows } from '../store/cases-repo';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { z } from 'zod';
import type { Db } from '../store/db';
import { listAudit } from '../store/audit';
import { evidenceExportPath } from '../store/case-file-repo';
import { caseExportEntry, createMutator } from '../store/mutate';
import { archiveLetterSources, readArchiveLetters, restoreArchiveLetters } from '../archive/archive-letters';
import { unpackArchive, type ArchiveLimits } from '../archive/read-archive';
import { writeArchive, type ArchiveSource } from '../archive/write-archive';
import { AppError } from '../errors';
import { writeCaseFileText } from '../../shared/casefile/write';
import type { CaseFileImport, CaseFileService } from './case-file-service';
import type { EvidenceService } from '../evidence/evidence-service';

export const ARCHIVE_FORMAT = 's117-case-archive';
const CASE_FILE_NAME = 'case.s117.json';
const MANIFEST_NAME = 'manifest.json';
/** Letter files are read whole to check them: none may be larger than this. */
const MAX_LETTER_FILE_BYTES = 64 * 1024 * 1024;

const manifestSchema = z.strictObject({
  format: z.literal(ARCHIVE_FORMAT),
  version: z.literal(1),
  created: z.string(),
  createdBy: z.string(),
  files: z.array(
    z.strictObject({ path: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/), size: z.number().int().min(0) }),
  ),
});

export interface ArchiveJobOptions {
  signal?: AbortSignal;
  /** Import even when the case (same reference) is already here, as a second case. */
  asNew?: boolean;
  /** Fraction done (0–1) and what is happening, in words. */
  onProgress?(fraction: number, message: string): void;
}

export interface ArchiveService {
  exportArchive(caseId: string, path: string, options?: ArchiveJobOptions): Promise<{ path: string; files: number }>;
  importArchive(path: string, options?: ArchiveJobOptions): Promise<CaseFileImport>;
}

const bytesOf = (text: string) => new TextEncoder().encode(text);
const once = (bytes: Uint8Array): ArchiveSource['read'] =>
  async function* () {
    yield bytes;
  };

export function createArchiveService(deps: {
  db: Db;
  dataDir: string;
  caseFiles: CaseFileService;
  evidence: EvidenceService;
  actor: () => string;
  now: () => Date;
  limits?: ArchiveLimits;
}): ArchiveService {
  const { db, caseFiles, evidence, actor, now } = deps;
  const mutate = createMutator({ db, actor, now });
  return {
    async exportArchive(caseId, path, options = {}) {
      const file = caseFiles.read(caseId);
      const caseJson = bytesOf(writeCaseFileText(file));
      const sources: ArchiveSource[] = [{ name: CASE_FILE_NAME, size: caseJson.byteLength, read: once(caseJson) }];
      for (const entry of file.evidence ?? []) {
        const original = evidence.originalOf(caseId, entry.id);
        const item = evidence.get(caseId, entry.id);
        sources.push({
          name: evidenceExportPath(entry.id, original.originalName),
          size: item.size,
          read: () => original.openRead(),
        });
      }
      const audit = bytesOf(`${JSON.stringify(listAudit(db, caseId), null, 2)}\n`);
      sources.push({ name: 'audit-log.json', size: audit.byteLength, read: once(audit) });
      sources.push(...(await archiveLetterSources(db, deps.dataDir, caseId)));
      const created = now().toISOString();
      const createdBy = actor();
      const written = await writeArchive(
        path,
        sources,
        (files) =>
          bytesOf(`${JSON.stringify({ format: ARCHIVE_FORMAT, version: 1, created, createdBy, files }, null, 2)}\n`),
        {
          signal: options.signal,
          onProgress: (done, total) =>
            options.onProgress?.(
              total ? done / total : 1,
              `Writing ${basename(path)}: ${Math.round((100 * done) / Math.max(total, 1))}%`,
            ),
        },
      );
      mutate((change) =>
        change.audit(caseExportEntry(caseId, `Exported a case archive to ${path} (${written.length} files)`)),
      );
      return { path, files: written.length };
    },

    async importArchive(path, options = {}) {
      const label = basename(path);
      const work = mkdtempSync(join(tmpdir(), 's117-archive-in-'));
      try {
        const entries = await unpackArchive(path, work, {
          label,
          limits: deps.limits,
          signal: options.signal,
          onProgress: (done, total) => options.onProgress?.(0.5 * (total ? done / total : 1), `Checking ${label}`),
        });
        const manifestEntry = entries.get(MANIFEST_NAME);
        if (!manifestEntry)
          throw new AppError('file_error', `${label} has no ${MANIFEST_NAME}: it is not a case archive.`);
        let manifest: z.infer<typeof manifestSchema>;
        try {
          manifest = manifestSchema.parse(JSON.parse(readFileSync(join(work, MANIFEST_NAME), 'utf8')));
        } catch {
          throw new AppError('file_error', `${label}: its manifest is not one this workbench reads.`);
        }
        const listed = new Set(manifest.files.map((f) => f.path));
        for (const name of entries.keys())
          if (name !== MANIFEST_NAME && !listed.has(name))
            throw new AppError('file_error', `${label} is refused: “${name}” is not in its manifest.`);
        for (const f of manifest.files) {
          const got = entries.get(f.path);
          if (!got) throw new AppError('file_error', `${label} is refused: “${f.path}” is missing.`);
          if (got.size !== f.size)
            throw new AppError(
              'file_error',
              `${label} is refused: “${f.path}” is ${got.size} bytes, the manifest says ${f.size}.`,
            );
          if (got.sha256 !== f.sha256)
            throw new AppError(
              'file_error',
              `${label} is refused: “${f.path}” does not match its SHA-256 in the manifest.`,
            );
        }
        if (!listed.has(CASE_FILE_NAME)) throw new AppError('file_error', `${label} has no ${CASE_FILE_NAME}.`);
        const letterBytes = new Map<string, Uint8Array>();
        for (const [name, entry] of entries)
          if (name.startsWith('letters/')) {
            if (entry.size > MAX_LETTER_FILE_BYTES)
              throw new AppError('file_error', `${label} is refused: “${name}” is too large for a letter.`);
            letterBytes.set(name, readFileSync(join(work, ...name.split('/'))));
          }
        const letters = readArchiveLetters(letterBytes, label);
        if (options.signal?.aborted) throw new AppError('cancelled', `Importing ${label} was cancelled.`);
        options.onProgress?.(0.6, `Importing the case from ${label}`);

        const result = await caseFiles.importFromPath(join(work, CASE_FILE_NAME), { asNew: options.asNew, label });
        try {
          await restoreArchiveLetters(db, deps.dataDir, result.caseDetail.id, letters);
        } catch (err) {
          mutate((change) => {
            removeCaseRows(db, result.caseDetail.id);
            change.audit({
              caseId: result.caseDetail.id,
              action: 'delete',
              entity: 'case',
              entityId: result.caseDetail.id,
              summary: `Removed the partly imported case: its letters could not be stored (${(err as Error).message})`,
            });
          });
          throw new AppError(
            'file_error',
            `${label}: the letters could not be stored (${(err as Error).message}); nothing was imported.`,
          );
        }
        const history = entries.has('audit-log.json')
          ? (JSON.parse(readFileSync(join(work, 'audit-log.json'), 'utf8')) as unknown)
          : undefined;
        mutate((change) =>
          change.audit({
            caseId: result.caseDetail.id,
            action: 'import',
            entity: 'case',
            entityId: result.caseDetail.id,
            summary: `Imported from the case archive ${label}, made by ${manifest.createdBy} on ${manifest.created.slice(0, 10)}; all ${manifest.files.length} files matched their SHA-256${letters.length ? `; ${letters.length} letter${letters.length === 1 ? '' : 's'} restored` : ''}`,
            after: history !== undefined ? { senderHistory: history } : undefined,
          }),
        );
        options.onProgress?.(1, `Imported ${label}`);
        return result;
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    },
  };
}

/** SHA-256 of bytes in memory (tests build archives with it). */
export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
