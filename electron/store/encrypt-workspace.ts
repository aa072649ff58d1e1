// Encrypts a workspace made before encryption, the first time it is opened with a key: a copy
// of the clear database (VACUUM INTO, so it is consistent) is encrypted in place (SQLCipher rekey)
// and checked; that copy is also kept under backups/ as the workspace was; the evidence files are
// encrypted one by one (temp file, flush, rename); only then does the encrypted database replace
// the clear one. A crash at any point leaves a workspace that opens: until the last rename the
// database is still the clear one (the key file already exists, so the next open picks up where
// this stopped, skipping evidence files already encrypted). Letters' approved files stay as
// they are: the letter service reads them directly.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readSync,
  closeSync,
  renameSync,
  rmSync,
  chmodSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3-multiple-ciphers';
import { applyKey } from './db';
import { createFileStore, readHead } from '../evidence/file-store';
import { isEncryptedHeader, type EvidenceCipher } from '../crypto/evidence-cipher';
import { TEMP_MARK } from '../evidence/file-store';

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** True when `file` is a SQLite database in clear (not an empty or encrypted file). */
export function isClearDatabase(file: string): boolean {
  if (!existsSync(file)) return false;
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(16);
    return readSync(fd, head, 0, 16, 0) === 16 && head.equals(SQLITE_HEADER);
  } finally {
    closeSync(fd);
  }
}

export interface EncryptionReport {
  backup: string;
  evidenceFiles: number;
}

export function encryptClearWorkspace(input: {
  file: string;
  dataDir: string;
  databaseKey: Buffer;
  cipher: EvidenceCipher;
  nativeBinding?: string;
  now?: () => Date;
}): EncryptionReport {
  const { file, dataDir } = input;
  const binding = input.nativeBinding ? { nativeBinding: input.nativeBinding } : {};
  const work = `${file}.encrypting`;
  rmSync(work, { force: true });
  rmSync(`${work}-journal`, { force: true });

  // 1. A consistent clear copy, and the evidence it refers to.
  const clear = new Database(file, binding);
  let hashes: string[];
  try {
    clear.pragma('busy_timeout = 5000');
    clear.prepare('VACUUM INTO ?').run(work);
    const tables = new Set(clear.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all());
    const letters = tables.has('letter_renditions')
      ? new Set(clear.prepare('SELECT sha256 FROM letter_renditions').pluck().all() as string[])
      : new Set<string>();
    hashes = tables.has('evidence')
      ? (clear.prepare('SELECT DISTINCT sha256 FROM evidence').pluck().all() as string[]).filter((h) => !letters.has(h))
      : [];
  } finally {
    clear.close();
  }

  // 2. Encrypt the copy in place, then check it reads back with the key.
  try {
    const copy = new Database(work, binding);
    try {
      copy.pragma('journal_mode = DELETE');
      copy.pragma(`cipher = 'sqlcipher'`);
      copy.pragma('legacy = 4');
      copy.pragma(`rekey = "x'${input.databaseKey.toString('hex')}'"`);
    } finally {
      copy.close();
    }
    const check = new Database(work, binding);
    try {
      applyKey(check, input.databaseKey);
      const ok = check.pragma('quick_check', { simple: true });
      if (ok !== 'ok') throw new Error(`the encrypted copy failed its check (${String(ok)})`);
    } finally {
      check.close();
    }
    if (isClearDatabase(work)) throw new Error('the copy is still in clear after rekey');
  } catch (err) {
    rmSync(work, { force: true });
    throw err;
  }

  // 3. Keep the copy as the backup of the workspace before encryption (it is encrypted too).
  const backupDir = join(dirname(file), 'backups');
  mkdirSync(backupDir, { recursive: true });
  const stamp = (input.now?.() ?? new Date()).toISOString().replace(/[:.]/g, '-');
  const backup = join(backupDir, `workspace-before-encryption-${stamp}.sqlite`);
  copyFileSync(work, backup);

  // 4. The evidence files, each to a temp file beside it, then renamed over the clear one.
  const store = createFileStore(dataDir);
  let evidenceFiles = 0;
  for (const sha of hashes) {
    const path = store.pathOf(sha);
    if (!existsSync(path) || isEncryptedHeader(readHead(path))) continue;
    const temp = `${path}${TEMP_MARK}${randomBytes(6).toString('hex')}`;
    try {
      input.cipher.encryptFileSync(path, temp, sha);
      chmodSync(temp, 0o444);
      renameSync(temp, path);
    } catch (err) {
      rmSync(temp, { force: true });
      throw err;
    }
    evidenceFiles++;
  }

  // 5. The encrypted database replaces the clear one (and the clear one's WAL must not outlive it).
  rmSync(`${file}-wal`, { force: true });
  rmSync(`${file}-shm`, { force: true });
  renameSync(work, file);
  return { backup, evidenceFiles };
}
