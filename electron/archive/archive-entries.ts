// Reads a zip's entries for a case archive, refusing what must never be written: names that
// leave the target folder (zip slip), duplicate names, a truncated or corrupt zip.
import { unzipSync } from 'fflate';
import { AppError } from '../errors';

/** True when the name stays inside the folder it is unpacked into. */
export function isSafeEntryName(name: string): boolean {
  if (name === '' || name.includes('\\') || name.includes('\0')) return false;
  if (name.startsWith('/') || /^[a-zA-Z]:/.test(name)) return false;
  return name.split('/').every((part) => part !== '..' && part !== '');
}

export function readArchiveEntries(bytes: Uint8Array, label: string): Map<string, Uint8Array> {
  const names: string[] = [];
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name);
        return !file.name.endsWith('/');
      },
    });
  } catch (err) {
    throw new AppError('file_error', `${label} is not a complete case archive (${(err as Error).message}).`);
  }
  const seen = new Set<string>();
  for (const name of names) {
    if (name.endsWith('/')) continue;
    if (!isSafeEntryName(name))
      throw new AppError(
        'file_error',
        `${label} is refused: the entry “${name}” would be written outside the case folder.`,
      );
    if (seen.has(name)) throw new AppError('file_error', `${label} is refused: it holds “${name}” twice.`);
    seen.add(name);
  }
  return new Map(Object.entries(files));
}
