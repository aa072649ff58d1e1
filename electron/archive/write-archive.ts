// Writes a case archive as a stream (fflate's streaming Zip): each entry is read, hashed and
// deflated a chunk at a time, straight from the (decrypted) evidence store, and the manifest of
// SHA-256 hashes and sizes goes last. The zip goes to a temporary file beside the target, flushed
// and renamed only when complete, so a failure, a cancel or a kill never leaves a file where the
// user asked for one.
import { createHash } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Zip, ZipDeflate } from 'fflate';
import { AppError } from '../errors';

export interface ArchiveSource {
  /** The entry's name inside the archive. */
  name: string;
  /** Its size in bytes, for progress. */
  size: number;
  /** Its bytes, a chunk at a time. */
  read(): AsyncIterable<Uint8Array>;
}

export interface WrittenEntry {
  path: string;
  sha256: string;
  size: number;
}

/** The temporary name an archive is written under before it is renamed into place. */
export function archiveTempPath(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
}

export async function writeArchive(
  target: string,
  sources: readonly ArchiveSource[],
  manifestFor: (files: WrittenEntry[]) => Uint8Array,
  options: { signal?: AbortSignal; onProgress?(bytesDone: number, bytesTotal: number): void } = {},
): Promise<WrittenEntry[]> {
  mkdirSync(dirname(target), { recursive: true });
  const temp = archiveTempPath(target);
  const handle = await open(temp, 'wx', 0o600);
  const pending: Uint8Array[] = [];
  let zipError: Error | null = null;
  const zip = new Zip((err, data) => {
    if (err) zipError = err;
    else pending.push(data);
  });
  const flush = async () => {
    if (zipError) throw zipError;
    while (pending.length > 0) await handle.write(pending.shift()!);
  };
  const bytesTotal = sources.reduce((sum, s) => sum + s.size, 0);
  let bytesDone = 0;
  const written: WrittenEntry[] = [];
  try {
    for (const source of sources) {
      const entry = new ZipDeflate(source.name, { level: 6 });
      zip.add(entry);
      const hash = createHash('sha256');
      let size = 0;
      for await (const chunk of source.read()) {
        if (options.signal?.aborted) throw new AppError('cancelled', 'The archive export was cancelled.');
        hash.update(chunk);
        size += chunk.length;
        entry.push(chunk);
        await flush();
        bytesDone += chunk.length;
        options.onProgress?.(bytesDone, bytesTotal);
      }
      entry.push(new Uint8Array(0), true);
      await flush();
      written.push({ path: source.name, sha256: hash.digest('hex'), size });
    }
    const manifest = new ZipDeflate('manifest.json', { level: 6 });
    zip.add(manifest);
    manifest.push(manifestFor(written), true);
    zip.end();
    await flush();
    await handle.sync();
    await handle.close();
    await rename(temp, target);
    return written;
  } catch (err) {
    await handle.close().catch(() => undefined);
    await rm(temp, { force: true });
    throw err;
  }
}
