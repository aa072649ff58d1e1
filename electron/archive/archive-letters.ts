// Decision letters in a case archive: each letter's record (its edited model, status, who
// approved it and when) as `letters/<id>.json`, and an approved letter's PDF and DOCX as
// `letters/<id>.<format>`, so the colleague receives the letters exactly as they were approved.
import { relative } from 'node:path';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../store/db';
import {
  listLetters,
  listRenditions,
  restoreLetters,
  type RenditionRecord,
  type RestoredLetter,
} from '../store/letters-repo';
import { createFileStore, workspaceCipherOf } from '../evidence/file-store';
import type { ArchiveSource } from './write-archive';
import { AppError } from '../errors';
import { parseLetter } from '../../shared/letters/model';

const archivedLetterSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/),
  template: z.string().max(40),
  version: z.number().int().min(1),
  status: z.enum(['draft', 'approved', 'superseded']),
  title: z.string().max(300),
  letter: z.unknown(),
  anonymise: z.boolean(),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  approvedAt: z.string().nullable(),
  approvedBy: z.string().nullable(),
  supersedes: z.string().nullable(),
  renditions: z.array(
    z.strictObject({
      format: z.enum(['pdf', 'docx']),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      size: z.number().int(),
      createdAt: z.string(),
    }),
  ),
});

const once = (bytes: Uint8Array): ArchiveSource['read'] =>
  async function* () {
    yield bytes;
  };

/** The case's letters as archive entries: each record, and an approved letter's stored files. */
export async function archiveLetterSources(db: Db, dataDir: string, caseId: string): Promise<ArchiveSource[]> {
  const store = createFileStore(dataDir);
  const sources: ArchiveSource[] = [];
  for (const l of listLetters(db, caseId)) {
    const renditions = listRenditions(db, caseId, l.id);
    for (const r of renditions) {
      // Through the store: it reads a letter's file whether it was stored encrypted or in clear.
      const bytes = await store.read(r.sha256);
      sources.push({ name: `letters/${l.id}.${r.format}`, size: bytes.byteLength, read: once(bytes) });
    }
    const record = {
      id: l.id,
      template: l.template,
      version: l.version,
      status: l.status,
      title: l.title,
      letter: l.letter,
      anonymise: l.anonymise,
      createdAt: l.createdAt,
      createdBy: l.createdBy,
      updatedAt: l.updatedAt,
      approvedAt: l.approvedAt,
      approvedBy: l.approvedBy,
      supersedes: l.supersedes,
      renditions: renditions.map(({ format, sha256, size, createdAt }) => ({ format, sha256, size, createdAt })),
    };
    const json = new TextEncoder().encode(`${JSON.stringify(record, null, 2)}\n`);
    sources.push({ name: `letters/${l.id}.json`, size: json.byteLength, read: once(json) });
  }
  return sources;
}

/** Reads and checks every archived letter before anything is written. */
export function readArchiveLetters(entries: ReadonlyMap<string, Uint8Array>, label: string) {
  const letters = [...entries.keys()]
    .filter((name) => /^letters\/[^/]+\.json$/.test(name))
    .sort()
    .map((name) => {
      let record: z.infer<typeof archivedLetterSchema>;
      try {
        record = archivedLetterSchema.parse(JSON.parse(new TextDecoder().decode(entries.get(name))));
        parseLetter(record.letter);
      } catch {
        throw new AppError('file_error', `${label} is refused: “${name}” is not a letter this workbench reads.`);
      }
      const files = record.renditions.map((r) => {
        const bytes = entries.get(`letters/${record.id}.${r.format}`);
        const sha = bytes ? createHash('sha256').update(bytes).digest('hex') : null;
        if (!bytes || sha !== r.sha256)
          throw new AppError(
            'file_error',
            `${label} is refused: the approved ${r.format.toUpperCase()} of letter ${record.id} is missing or altered.`,
          );
        return { rendition: r, bytes };
      });
      return { record, files };
    });
  return letters;
}

/** Stores archived letters (and their approved files) in the new case; inside the caller's flow. */
export async function restoreArchiveLetters(
  db: Db,
  dataDir: string,
  caseId: string,
  letters: ReturnType<typeof readArchiveLetters>,
): Promise<number> {
  const store = createFileStore(dataDir, workspaceCipherOf(dataDir));
  const stored = new Map<string, RenditionRecord[]>();
  for (const { record, files } of letters)
    for (const { rendition, bytes } of files) {
      const staged = await store.stageBytes(bytes);
      await store.commit(staged);
      const storedPath = relative(dataDir, store.pathOf(rendition.sha256)).split('\\').join('/');
      stored.set(record.id, [...(stored.get(record.id) ?? []), { ...rendition, storedPath }]);
    }
  restoreLetters(
    db,
    caseId,
    letters.map(({ record: { renditions: _files, ...record } }): RestoredLetter => ({
      record: { ...record, letter: parseLetter(record.letter) },
      renditions: stored.get(record.id) ?? [],
    })),
  );
  return letters.length;
}
