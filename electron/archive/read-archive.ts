// Unpacks a case archive into a private working folder as a stream (fflate's streaming Unzip),
// hashing every entry as it comes, so neither the archive nor any entry is ever held in memory
// whole. Refused before anything reaches the workspace: a name that leaves the folder (zip slip,
// absolute paths), a duplicate name, more entries or more uncompressed bytes than the limits
// (zip bombs: the compressed input is fed in small slices, so even one slice cannot inflate
// past a few megabytes), an entry cut short, or an archive without its end record (truncated).
import { createHash, type Hash } from 'node:crypto';
import { closeSync, createReadStream, mkdirSync, openSync, readSync, statSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Unzip, UnzipInflate, UnzipPassThrough, type UnzipFile } from 'fflate';
import { AppError } from '../errors';
import { isSafeEntryName } from './archive-entries';

export interface ArchiveLimits {
  /** Most entries an archive may hold. */
  maxEntries: number;
  /** Most bytes all entries may expand to, together. */
  maxTotalBytes: number;
}

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = { maxEntries: 20_000, maxTotalBytes: 8 * 1024 ** 3 };

export interface UnpackedEntry {
  sha256: string;
  size: number;
}

/** Compressed bytes per push: deflate expands at most ~1,032×, so one slice yields ≤ ~8.5 MB. */
const SLICE = 8 * 1024;

function hasEndRecord(path: string): boolean {
  const size = statSync(path).size;
  const length = Math.min(size, 22 + 0xffff);
  const tail = Buffer.alloc(length);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, tail, 0, length, size - length);
  } finally {
    closeSync(fd);
  }
  for (let i = length - 22; i >= 0; i--) if (tail.readUInt32LE(i) === 0x06054b50) return true;
  return false;
}

export async function unpackArchive(
  path: string,
  folder: string,
  options: {
    label: string;
    limits?: ArchiveLimits;
    signal?: AbortSignal;
    onProgress?(bytesRead: number, totalBytes: number): void;
  },
): Promise<Map<string, UnpackedEntry>> {
  const { label } = options;
  const limits = options.limits ?? DEFAULT_ARCHIVE_LIMITS;
  const refuse = (reason: string) => new AppError('file_error', `${label} is refused: ${reason}.`);
  const incomplete = (detail: string) =>
    new AppError('file_error', `${label} is not a complete case archive (${detail}).`);

  let total: number;
  try {
    const stats = statSync(path);
    if (!stats.isFile()) throw new Error('not a file');
    total = stats.size;
  } catch (err) {
    throw new AppError('file_error', `${label}: cannot read the archive (${(err as Error).message}).`);
  }
  if (!hasEndRecord(path)) throw incomplete('its end record is missing: it was cut short');

  const entries = new Map<string, UnpackedEntry>();
  const open = new Map<string, { fd: number; hash: Hash; size: number }>();
  let entryCount = 0;
  let expanded = 0;
  let failure: Error | null = null;
  const fail = (err: Error) => {
    failure ??= err;
  };

  const unzip = new Unzip((file: UnzipFile) => {
    if (failure) return;
    entryCount++;
    if (entryCount > limits.maxEntries) return fail(refuse(`it holds more than ${limits.maxEntries} entries`));
    const name = file.name;
    if (name.endsWith('/')) return; // a folder entry: nothing to write
    if (!isSafeEntryName(name)) return fail(refuse(`the entry “${name}” would be written outside the case folder`));
    if (entries.has(name) || open.has(name)) return fail(refuse(`it holds “${name}” twice`));
    const target = join(folder, ...name.split('/'));
    mkdirSync(dirname(target), { recursive: true });
    const state = { fd: openSync(target, 'wx', 0o600), hash: createHash('sha256'), size: 0 };
    open.set(name, state);
    file.ondata = (err, data, final) => {
      if (failure) return;
      if (err) return fail(incomplete(`“${name}”: ${err.message}`));
      expanded += data.length;
      if (expanded > limits.maxTotalBytes) {
        file.terminate();
        return fail(refuse(`it expands to more than ${formatBytes(limits.maxTotalBytes)}`));
      }
      state.hash.update(data);
      state.size += data.length;
      writeSync(state.fd, data);
      if (final) {
        closeSync(state.fd);
        open.delete(name);
        entries.set(name, { sha256: state.hash.digest('hex'), size: state.size });
      }
    };
    try {
      file.start();
    } catch (err) {
      fail(refuse(`“${name}” is compressed in a way this workbench does not read (${(err as Error).message})`));
    }
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);

  let read = 0;
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20, signal: options.signal })) {
      const bytes = chunk as Buffer;
      for (let at = 0; at < bytes.length && !failure; at += SLICE) unzip.push(bytes.subarray(at, at + SLICE));
      if (failure) throw failure;
      read += bytes.length;
      options.onProgress?.(read, total);
    }
    unzip.push(new Uint8Array(0), true);
    if (failure) throw failure;
    if (open.size > 0) throw incomplete(`“${[...open.keys()][0]}” is cut short`);
    return entries;
  } catch (err) {
    if (err instanceof AppError) throw err;
    if ((err as Error).name === 'AbortError') throw new AppError('cancelled', `Importing ${label} was cancelled.`);
    throw incomplete((err as Error).message);
  } finally {
    for (const state of open.values()) closeSync(state.fd);
  }
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(1)} GB` : `${Math.round(bytes / 1024 ** 2)} MB`;
}
