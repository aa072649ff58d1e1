// The content-addressed store of originals beside the database: `<dataDir>/evidence/ab/<sha256>`.
// A file is copied to a temp name in its final folder, flushed to disk, then renamed, so a name
// without the temp suffix always holds complete bytes. Stored files are read-only and never
// changed. The recovery sweep removes temp files and files no row refers to.
import { createHash, randomBytes } from 'node:crypto';
import {
  chmodSync,
  createReadStream,
  createWriteStream,
  existsSync,
  readdirSync,
  rmSync,
  statSync,
  type Stats,
} from 'node:fs';
import { chmod, mkdir, open, rename, rm, stat, writeFile } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { join } from 'node:path';
import { isSha256 } from './hash';

export const TEMP_MARK = '.tmp-';

export interface StagedFile {
  sha256: string;
  size: number;
  tempPath: string;
}

export interface SweepReport {
  removedTempFiles: string[];
  removedUnreferenced: string[];
}

export class FileChangedError extends Error {
  constructor() {
    super('the file changed while it was being imported');
    this.name = 'FileChangedError';
  }
}

export interface FileStore {
  readonly root: string;
  /** Where the original with this hash lives (whether or not it exists). Throws on anything but a SHA-256 hex digest. */
  pathOf(sha256: string): string;
  has(sha256: string): boolean;
  /** Copies `source` to a temp file beside its final place, checking the bytes still hash to `expectedSha`. */
  stage(source: string, expectedSha: string, signal?: AbortSignal): Promise<StagedFile>;
  /** Writes bytes already in memory (an email attachment) to a temp file. */
  stageBytes(bytes: Uint8Array): Promise<StagedFile>;
  /** Renames a staged file into place. `created` is false when the store already held these bytes. */
  commit(staged: StagedFile): Promise<{ created: boolean }>;
  /** Removes a staged temp file; harmless if it is already gone. */
  discard(staged: StagedFile): Promise<void>;
  /** Removes a stored original (only for undoing a commit whose row was never written). */
  remove(sha256: string): Promise<void>;
  /** Every stored hash. */
  list(): string[];
  /** Removes temp files, and stored files whose hash is not in `referenced`. */
  sweep(referenced: ReadonlySet<string>): SweepReport;
}

export function createFileStore(dataDir: string): FileStore {
  const root = join(dataDir, 'evidence');

  const pathOf = (sha256: string) => {
    if (!isSha256(sha256)) throw new Error(`not a SHA-256 digest: ${sha256}`);
    return join(root, sha256.slice(0, 2), sha256);
  };
  const tempPathFor = async (sha256: string) => {
    const dir = join(root, sha256.slice(0, 2));
    await mkdir(dir, { recursive: true });
    return join(dir, `${sha256}${TEMP_MARK}${randomBytes(6).toString('hex')}`);
  };

  async function flushFile(path: string) {
    const handle = await open(path, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  }

  async function flushDir(dir: string) {
    try {
      const handle = await open(dir, 'r');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
    } catch {
      // Some platforms (Windows) cannot open a folder to flush it; the rename is still atomic.
    }
  }

  return {
    root,
    pathOf,
    has: (sha256) => existsSync(pathOf(sha256)),

    async stage(source, expectedSha, signal) {
      const tempPath = await tempPathFor(expectedSha);
      const hash = createHash('sha256');
      let size = 0;
      const tap = new Transform({
        transform(chunk: Buffer, _enc, done) {
          hash.update(chunk);
          size += chunk.length;
          done(null, chunk);
        },
      });
      try {
        await pipeline(createReadStream(source, { highWaterMark: 1 << 20 }), tap, createWriteStream(tempPath), {
          signal,
        });
        await flushFile(tempPath);
      } catch (err) {
        await rm(tempPath, { force: true });
        throw err;
      }
      if (hash.digest('hex') !== expectedSha) {
        await rm(tempPath, { force: true });
        throw new FileChangedError();
      }
      return { sha256: expectedSha, size, tempPath };
    },

    async stageBytes(bytes) {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const tempPath = await tempPathFor(sha256);
      try {
        await writeFile(tempPath, bytes);
        await flushFile(tempPath);
      } catch (err) {
        await rm(tempPath, { force: true });
        throw err;
      }
      return { sha256, size: bytes.byteLength, tempPath };
    },

    async commit(staged) {
      const finalPath = pathOf(staged.sha256);
      if (existsSync(finalPath)) {
        await rm(staged.tempPath, { force: true });
        return { created: false };
      }
      await chmod(staged.tempPath, 0o444);
      await rename(staged.tempPath, finalPath);
      await flushDir(join(root, staged.sha256.slice(0, 2)));
      return { created: true };
    },

    async discard(staged) {
      await rm(staged.tempPath, { force: true });
    },

    async remove(sha256) {
      const path = pathOf(sha256);
      try {
        await stat(path);
      } catch {
        return;
      }
      await chmod(path, 0o644).catch(() => undefined);
      await rm(path, { force: true });
    },

    list() {
      const found: string[] = [];
      for (const { name } of shardEntries(root)) {
        if (isSha256(name)) found.push(name);
      }
      return found;
    },

    sweep(referenced) {
      const report: SweepReport = { removedTempFiles: [], removedUnreferenced: [] };
      for (const { dir, name, stats } of shardEntries(root)) {
        if (!stats.isFile()) continue;
        const path = join(dir, name);
        if (isSha256(name)) {
          if (referenced.has(name)) continue;
          chmodSync(path, 0o644); // stored originals are read-only, which Windows will not delete
          rmSync(path, { force: true });
          report.removedUnreferenced.push(name);
        } else {
          // Anything else in a shard folder is a temp file left by an import that never finished.
          rmSync(path, { force: true });
          report.removedTempFiles.push(name);
        }
      }
      return report;
    },
  };
}

function* shardEntries(root: string): Generator<{ dir: string; name: string; stats: Stats }> {
  if (!existsSync(root)) return;
  for (const shard of readdirSync(root)) {
    if (!/^[0-9a-f]{2}$/.test(shard)) continue;
    const dir = join(root, shard);
    for (const name of readdirSync(dir)) {
      yield { dir, name, stats: statSync(join(dir, name)) };
    }
  }
}
