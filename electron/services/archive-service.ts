// Case archives (`.s117case`): how an investigator hands a whole case to a colleague. One zip
// with a manifest (SHA-256 and size of every file), the case file, the original evidence and
// the case's audit log. Import verifies every entry — no path leaving the folder, no duplicate,
// every size and hash as the manifest says, nothing unlisted — before anything is written, then
// imports the case file through the case-file service.
import { removeCaseRows } from '../store/cases-repo';
import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, sep } from 'node:path';
import { writeFileAtomically } from '../files/write-atomically';
import { zipSync } from 'fflate';
import { z } from 'zod';
import type { Db } from '../store/db';
import { appendAudit, listAudit } from '../store/audit';
import { readArchiveEntries } from '../archive/archive-entries';
import { readArchiveLetters, restoreArchiveLetters, writeArchiveLetters } from '../archive/archive-letters';
import { AppError } from '../errors';
import type { CaseFileImport, CaseFileService } from './case-file-service';

export const ARCHIVE_FORMAT = 's117-case-archive';
const CASE_FILE_NAME = 'case.s117.json';
const MANIFEST_NAME = 'manifest.json';

const manifestSchema = z.strictObject({
  format: z.literal(ARCHIVE_FORMAT),
  version: z.literal(1),
  created: z.string(),
  createdBy: z.string(),
  files: z.array(
    z.strictObject({ path: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/), size: z.number().int().min(0) }),
  ),
});

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(folder, join(d.parentPath, d.name)).split(sep).join('/'));
}

export interface ArchiveService {
  exportArchive(caseId: string, path: string): { path: string; files: number };
  importArchive(path: string): Promise<CaseFileImport>;
}

export function createArchiveService(deps: {
  db: Db;
  dataDir: string;
  caseFiles: CaseFileService;
  actor: () => string;
  now: () => Date;
}): ArchiveService {
  const { db, caseFiles, actor, now } = deps;
  return {
    exportArchive(caseId, path) {
      const work = mkdtempSync(join(tmpdir(), 's117-archive-out-'));
      try {
        caseFiles.exportToPath(caseId, join(work, CASE_FILE_NAME));
        writeFileSync(join(work, 'audit-log.json'), `${JSON.stringify(listAudit(db, caseId), null, 2)}\n`);
        writeArchiveLetters(db, deps.dataDir, caseId, work);
        const entries: Record<string, Uint8Array> = {};
        const files = filesUnder(work).map((name) => {
          const bytes = readFileSync(join(work, name));
          entries[name] = bytes;
          return { path: name, sha256: sha256(bytes), size: bytes.byteLength };
        });
        const manifest = {
          format: ARCHIVE_FORMAT,
          version: 1,
          created: now().toISOString(),
          createdBy: actor(),
          files,
        };
        entries[MANIFEST_NAME] = new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`);
        writeFileAtomically(path, zipSync(entries, { level: 6 }));
        appendAudit(db, {
          actor: actor(),
          caseId,
          action: 'export',
          entity: 'case',
          entityId: caseId,
          summary: `Exported a case archive to ${path} (${files.length} files)`,
        });
        return { path, files: files.length };
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    },

    async importArchive(path) {
      const label = basename(path);
      let bytes: Uint8Array;
      try {
        if (!statSync(path).isFile()) throw new Error('not a file');
        bytes = readFileSync(path);
      } catch (err) {
        throw new AppError('file_error', `${label}: cannot read the archive (${(err as Error).message}).`);
      }
      const entries = readArchiveEntries(bytes, label);
      const manifestBytes = entries.get(MANIFEST_NAME);
      if (!manifestBytes)
        throw new AppError('file_error', `${label} has no ${MANIFEST_NAME}: it is not a case archive.`);
      let manifest: z.infer<typeof manifestSchema>;
      try {
        manifest = manifestSchema.parse(JSON.parse(new TextDecoder().decode(manifestBytes)));
      } catch {
        throw new AppError('file_error', `${label}: its manifest is not one this workbench reads.`);
      }
      const listed = new Set(manifest.files.map((f) => f.path));
      for (const name of entries.keys())
        if (name !== MANIFEST_NAME && !listed.has(name))
          throw new AppError('file_error', `${label} is refused: “${name}” is not in its manifest.`);
      for (const f of manifest.files) {
        const data = entries.get(f.path);
        if (!data) throw new AppError('file_error', `${label} is refused: “${f.path}” is missing.`);
        if (data.byteLength !== f.size)
          throw new AppError(
            'file_error',
            `${label} is refused: “${f.path}” is ${data.byteLength} bytes, the manifest says ${f.size}.`,
          );
        if (sha256(data) !== f.sha256)
          throw new AppError(
            'file_error',
            `${label} is refused: “${f.path}” does not match its SHA-256 in the manifest.`,
          );
      }
      if (!listed.has(CASE_FILE_NAME)) throw new AppError('file_error', `${label} has no ${CASE_FILE_NAME}.`);
      const letters = readArchiveLetters(entries, label);

      const work = mkdtempSync(join(tmpdir(), 's117-archive-in-'));
      try {
        for (const [name, data] of entries) {
          const target = join(work, ...name.split('/'));
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, data);
        }
        const result = await caseFiles.importFromPath(join(work, CASE_FILE_NAME));
        try {
          await restoreArchiveLetters(db, deps.dataDir, result.caseDetail.id, letters);
        } catch (err) {
          db.transaction(() => {
            removeCaseRows(db, result.caseDetail.id);
            appendAudit(db, {
              actor: actor(),
              caseId: result.caseDetail.id,
              action: 'delete',
              entity: 'case',
              entityId: result.caseDetail.id,
              summary: `Removed the partly imported case: its letters could not be stored (${(err as Error).message})`,
            });
          })();
          throw new AppError(
            'file_error',
            `${label}: the letters could not be stored (${(err as Error).message}); nothing was imported.`,
          );
        }
        const history = entries.get('audit-log.json');
        appendAudit(db, {
          actor: actor(),
          caseId: result.caseDetail.id,
          action: 'import',
          entity: 'case',
          entityId: result.caseDetail.id,
          summary: `Imported from the case archive ${label}, made by ${manifest.createdBy} on ${manifest.created.slice(0, 10)}; all ${manifest.files.length} files matched their SHA-256${letters.length ? `; ${letters.length} letter${letters.length === 1 ? '' : 's'} restored` : ''}`,
          after: history ? { senderHistory: JSON.parse(new TextDecoder().decode(history)) as unknown } : undefined,
        });
        return result;
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    },
  };
}
