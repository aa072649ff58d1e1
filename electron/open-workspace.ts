// Opens the database and evidence cipher of the workspace in a data folder: unlocks (or makes)
// its key, encrypts a workspace from before encryption (with a backup first), then opens the
// encrypted database. A wrong passphrase or a foreign key stops here with one clear error and
// nothing written.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase, type Db } from './store/db';
import { encryptClearWorkspace, isClearDatabase } from './store/encrypt-workspace';
import { unlockWorkspaceKey, type WorkspaceKeys } from './crypto/workspace-key';
import { createEvidenceCipher, type EvidenceCipher } from './crypto/evidence-cipher';

export const DATABASE_FILE = 'workspace.sqlite';

export interface OpenedWorkspace {
  db: Db;
  /** The evidence files' cipher; null only for a workspace opened in clear (benchmarks). */
  cipher: EvidenceCipher | null;
}

export function openWorkspace(input: {
  dataDir: string;
  keys: WorkspaceKeys;
  nativeBinding?: string;
  now?: () => Date;
}): OpenedWorkspace {
  const file = join(input.dataDir, DATABASE_FILE);
  const { nativeBinding, now } = input;
  if ('unencrypted' in input.keys) return { db: openDatabase(file, { nativeBinding, now }), cipher: null };
  const clear = isClearDatabase(file);
  const hasDatabase = existsSync(file) && statSync(file).size > 0;
  const key = unlockWorkspaceKey(input.dataDir, input.keys.providers, { mayCreate: !hasDatabase || clear, now });
  const cipher = createEvidenceCipher(key.evidenceKey);
  if (clear)
    encryptClearWorkspace({ file, dataDir: input.dataDir, databaseKey: key.databaseKey, cipher, nativeBinding, now });
  return { db: openDatabase(file, { key: key.databaseKey, nativeBinding, now }), cipher };
}
