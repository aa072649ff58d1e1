// Writes a file all at once: to a temporary file beside the target, then renamed over it, so a
// failure never leaves a half-written file where the user asked for one (and no temporary file
// either). Used for every export: letters, chronologies, case files and archives.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../errors';

export function writeFileAtomically(path: string, data: Uint8Array | string): void {
  const folder = dirname(path);
  mkdirSync(folder, { recursive: true });
  const temporary = join(folder, `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(temporary, data);
    renameSync(temporary, path);
  } catch (err) {
    rmSync(temporary, { force: true });
    throw err;
  }
}

/** The same, with a failure explained in words ("Could not write … (EACCES). Nothing was saved."). */
export function writeFileOrExplain(path: string, data: Uint8Array | string): void {
  try {
    writeFileAtomically(path, data);
  } catch (err) {
    throw new AppError(
      'file_error',
      `Could not write ${path} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}). Nothing was saved.`,
    );
  }
}
