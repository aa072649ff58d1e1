// The content-addressed store of originals beside the database: `<dataDir>/evidence/ab/<sha256>`.
// A file is copied to a temp name in its final folder, flushed to disk, then renamed, so a name
// without the temp suffix always holds complete bytes. Stored files are read-only and never
// changed. The recovery sweep removes temp files and files no row refers to.
// With a cipher (every workspace the app opens) a stored file is encrypted (evidence-cipher.ts)
// and its name stays the SHA-256 of the plaintext; staging also leaves a plaintext reading copy
// beside it for the import to extract text from, removed at commit or discard (or by the sweep
// after a crash). Readers get plaintext through read/openRead, whichever way a file was stored.
import { createHash, randomBytes } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  copyFileSync,
  openSync,
  readSync,
  createReadStream,
  createWriteStream,
  existsSync,
  readdirSync,
  rmSync,
  statSync,
  type Stats,
} from 'node:fs';
import { chmod, mkdir, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { PassThrough, Readable, Transform, type Writable } from 'node:stream';
import { join } from 'node:path';
import { isSha256 } from './hash';
import { HEADER_BYTES, isEncryptedHeader, type EvidenceCipher } from '../crypto/evidence-cipher';

export const TEMP_MARK = '.tmp-';

export interface StagedFile {
  sha256: string;
  size: number;
  /** The stored form, renamed into place at commit. */
  tempPath: string;
  /** The plaintext to read while importing (the same file when the store is not encrypted). */
  readPath: string;
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
  /** The plaintext of a stored file. */
  read(sha256: string): Promise<Buffer>;
  /** The plaintext of a stored file as a stream (the viewer, exports). */
  openRead(sha256: string): Readable;
  /** Writes the plaintext of a stored file to `target` (which must not be inside the store). */
  copyOut(sha256: string, target: string, signal?: AbortSignal): Promise<void>;
  /** The same, synchronously (the case-file export); `target` must not exist yet. */
  copyOutSync(sha256: string, target: string): void;
  /**
   * Runs `use` with a path holding the plaintext: the stored file itself when it is in clear,
   * else a temporary reading copy beside it (owner-only, removed afterwards, or by the sweep).
   */
  withPlaintextPath<T>(sha256: string, use: (path: string) => Promise<T>): Promise<T>;
  /** True when the stored file is in clear (a workspace from before encryption, or a letter's file). */
  isClear(sha256: string): boolean;
  /** Removes temp files, and stored files whose hash is not in `referenced`. */
  sweep(referenced: ReadonlySet<string>): SweepReport;
}

/** The cipher of each open workspace, by data folder: stores made without one find it here. */
const workspaceCiphers = new Map<string, EvidenceCipher>();

export function registerWorkspaceCipher(dataDir: string, cipher: EvidenceCipher | null): void {
  if (cipher) workspaceCiphers.set(dataDir, cipher);
}

/** The cipher of the open workspace in this folder, if it is encrypted (for stores that write). */
export function workspaceCipherOf(dataDir: string): EvidenceCipher | null {
  return workspaceCiphers.get(dataDir) ?? null;
}

/** Forgets the cipher when its workspace closes (unless the folder was opened again since). */
export function unregisterWorkspaceCipher(dataDir: string, cipher: EvidenceCipher | null): void {
  if (cipher && workspaceCiphers.get(dataDir) === cipher) workspaceCiphers.delete(dataDir);
}

export function readHead(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(HEADER_BYTES);
    return head.subarray(0, readSync(fd, head, 0, HEADER_BYTES, 0));
  } finally {
    closeSync(fd);
  }
}

/**
 * The store of a workspace. `cipher`: encrypt what is stored (undefined: the workspace's
 * registered cipher, for reading; a store made without a cipher writes in clear).
 */
export function createFileStore(dataDir: string, cipher?: EvidenceCipher | null): FileStore {
  const root = join(dataDir, 'evidence');
  const writeCipher = cipher ?? null;
  const readCipher = () => cipher ?? workspaceCiphers.get(dataDir) ?? null;

  const pathOf = (sha256: string) => {
    if (!isSha256(sha256)) throw new Error(`not a SHA-256 digest: ${sha256}`);
    return join(root, sha256.slice(0, 2), sha256);
  };
  const tempPathFor = async (sha256: string) => {
    const dir = join(root, sha256.slice(0, 2));
    await mkdir(dir, { recursive: true });
    return join(dir, `${sha256}${TEMP_MARK}${randomBytes(6).toString('hex')}`);
  };

  const decryptor = (sha256: string) => {
    const c = readCipher();
    if (!c) throw new Error(`the stored file ${sha256.slice(0, 12)}… is encrypted and this workspace has no key`);
    return c.decrypt(sha256);
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
      const readPath = writeCipher ? await tempPathFor(expectedSha) : tempPath;
      const hash = createHash('sha256');
      let size = 0;
      const plainCopy: Writable | null = writeCipher ? createWriteStream(readPath, { mode: 0o600 }) : null;
      const tap = new Transform({
        transform(chunk: Buffer, _enc, done) {
          hash.update(chunk);
          size += chunk.length;
          if (plainCopy && !plainCopy.write(chunk)) plainCopy.once('drain', () => done(null, chunk));
          else done(null, chunk);
        },
      });
      const removeBoth = () => Promise.all([rm(tempPath, { force: true }), rm(readPath, { force: true })]);
      try {
        const stages: Array<NodeJS.ReadableStream | NodeJS.WritableStream> = [
          createReadStream(source, { highWaterMark: 1 << 20 }),
          tap,
        ];
        if (writeCipher) stages.push(writeCipher.encrypt(expectedSha));
        stages.push(createWriteStream(tempPath));
        await pipeline(stages, { signal });
        if (plainCopy)
          await new Promise<void>((resolve, reject) =>
            plainCopy.end((err?: Error | null) => (err ? reject(err) : resolve())),
          );
        await flushFile(tempPath);
      } catch (err) {
        plainCopy?.destroy();
        await removeBoth();
        throw err;
      }
      if (hash.digest('hex') !== expectedSha) {
        await removeBoth();
        throw new FileChangedError();
      }
      return { sha256: expectedSha, size, tempPath, readPath };
    },

    async stageBytes(bytes) {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const tempPath = await tempPathFor(sha256);
      const readPath = writeCipher ? await tempPathFor(sha256) : tempPath;
      try {
        if (writeCipher) {
          await pipeline(Readable.from([Buffer.from(bytes)]), writeCipher.encrypt(sha256), createWriteStream(tempPath));
          await writeFile(readPath, bytes, { mode: 0o600 });
        } else await writeFile(tempPath, bytes);
        await flushFile(tempPath);
      } catch (err) {
        await Promise.all([rm(tempPath, { force: true }), rm(readPath, { force: true })]);
        throw err;
      }
      return { sha256, size: bytes.byteLength, tempPath, readPath };
    },

    async commit(staged) {
      const finalPath = pathOf(staged.sha256);
      if (staged.readPath !== staged.tempPath) await rm(staged.readPath, { force: true });
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
      await Promise.all([rm(staged.tempPath, { force: true }), rm(staged.readPath, { force: true })]);
    },

    async read(sha256) {
      const path = pathOf(sha256);
      const bytes = await readFile(path);
      if (!isEncryptedHeader(bytes)) return bytes;
      const chunks: Buffer[] = [];
      await pipeline(Readable.from([bytes]), decryptor(sha256), async (source: AsyncIterable<Buffer>) => {
        for await (const chunk of source) chunks.push(chunk);
      });
      return Buffer.concat(chunks);
    },

    openRead(sha256) {
      const path = pathOf(sha256);
      if (!isEncryptedHeader(readHead(path))) return createReadStream(path, { highWaterMark: 1 << 20 });
      const out = new PassThrough();
      pipeline(createReadStream(path, { highWaterMark: 1 << 20 }), decryptor(sha256), out).catch((err: Error) =>
        out.destroy(err),
      );
      return out;
    },

    async copyOut(sha256, target, signal) {
      await pipeline(this.openRead(sha256), createWriteStream(target), { signal });
    },

    copyOutSync(sha256, target) {
      const path = pathOf(sha256);
      if (!isEncryptedHeader(readHead(path))) return copyFileSync(path, target);
      const c = readCipher();
      if (!c) throw new Error(`the stored file ${sha256.slice(0, 12)}… is encrypted and this workspace has no key`);
      c.decryptFileSync(path, target, sha256);
    },

    async withPlaintextPath(sha256, use) {
      const path = pathOf(sha256);
      if (!isEncryptedHeader(readHead(path))) return use(path);
      const temp = await tempPathFor(sha256);
      try {
        await pipeline(this.openRead(sha256), createWriteStream(temp, { mode: 0o600 }));
        return await use(temp);
      } finally {
        await rm(temp, { force: true });
      }
    },

    isClear: (sha256) => !isEncryptedHeader(readHead(pathOf(sha256))),

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
