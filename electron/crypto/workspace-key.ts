// The key of a workspace: 32 random bytes made when the workspace is, from which the database
// key and the evidence-file key are derived (HKDF). It is never stored as such: the key file
// beside the database (`workspace.key.json`) holds it wrapped once per way of unlocking ("slot"):
// by the operating system's keychain (the desktop app, through Electron's safeStorage) and/or by
// a passphrase (the CLI, the harness, tests: scrypt with the file's own salt). Unlocking tries the
// slots the caller can open; a wrong passphrase or a foreign keychain is one clear error, and
// nothing is written. A slot the caller offers but the file lacks is added once it is unlocked.
import { hkdfSync, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomically } from '../files/write-atomically';
import { AppError } from '../errors';

export const KEY_FILE_NAME = 'workspace.key.json';

export type SlotName = 'passphrase' | 'keychain';

/** One way of unlocking a workspace key: the CLI's passphrase, the desktop app's keychain. */
export interface KeySlotProvider {
  readonly slot: SlotName;
  /** Wraps the workspace key for the key file (JSON-serialisable). */
  wrap(workspaceKey: Buffer): unknown;
  /** Unwraps it again; null when this passphrase or keychain does not open it. */
  unwrap(wrapped: unknown): Buffer | null;
}

/** How a workspace is opened: with these ways of unlocking its key, or (benchmarks only) in clear. */
export type WorkspaceKeys = { providers: readonly KeySlotProvider[] } | { unencrypted: true };

const keyFileSchema = z.object({
  format: z.literal('s117-workspace-key'),
  version: z.literal(1),
  created: z.string(),
  slots: z.record(z.string(), z.unknown()),
});
type KeyFile = z.infer<typeof keyFileSchema>;

export interface UnlockedKey {
  /** Key for the SQLCipher database (32 bytes). */
  databaseKey: Buffer;
  /** Key for evidence files (32 bytes). */
  evidenceKey: Buffer;
  /** True when the workspace had no key yet and one was made (the key file is written). */
  created: boolean;
}

const SLOT_WORDS: Record<SlotName, string> = {
  passphrase: 'a passphrase (S117_PASSPHRASE)',
  keychain: "the desktop app's keychain on the computer that made it",
};

function derive(workspaceKey: Buffer): Omit<UnlockedKey, 'created'> {
  const sub = (info: string) => Buffer.from(hkdfSync('sha256', workspaceKey, Buffer.alloc(0), info, 32));
  return { databaseKey: sub('s117 workspace database'), evidenceKey: sub('s117 evidence files') };
}

export function keyFilePath(dataDir: string): string {
  return join(dataDir, KEY_FILE_NAME);
}

function readKeyFile(path: string): KeyFile {
  try {
    return keyFileSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch (err) {
    throw new AppError(
      'workspace_locked',
      `${path} is not a workspace key file this workbench reads (${(err as Error).message.split('\n')[0]}). Nothing was changed.`,
    );
  }
}

/**
 * Unlocks the key of the workspace in `dataDir` with the first provider whose slot opens it, or
 * makes a new key when there is no key file (`mayCreate`). Throws AppError('workspace_locked').
 */
export function unlockWorkspaceKey(
  dataDir: string,
  providers: readonly KeySlotProvider[],
  options: { mayCreate: boolean; now?: () => Date },
): UnlockedKey {
  if (providers.length === 0) throw new Error('at least one key provider is needed');
  const path = keyFilePath(dataDir);
  if (!existsSync(path)) {
    if (!options.mayCreate)
      throw new AppError(
        'workspace_locked',
        `${dataDir} has a workspace but no ${KEY_FILE_NAME}: its key is missing, so it cannot be opened. Nothing was changed.`,
      );
    const workspaceKey = randomBytes(32);
    const file: KeyFile = {
      format: 's117-workspace-key',
      version: 1,
      created: (options.now?.() ?? new Date()).toISOString(),
      slots: Object.fromEntries(providers.map((p) => [p.slot, p.wrap(workspaceKey)])),
    };
    writeFileAtomically(path, `${JSON.stringify(file, null, 2)}\n`);
    return { ...derive(workspaceKey), created: true };
  }

  const file = readKeyFile(path);
  let workspaceKey: Buffer | null = null;
  let tried = 0;
  for (const provider of providers) {
    const wrapped = file.slots[provider.slot];
    if (wrapped === undefined) continue;
    tried++;
    workspaceKey = provider.unwrap(wrapped);
    if (workspaceKey) break;
  }
  if (!workspaceKey) {
    const held = Object.keys(file.slots).filter((s): s is SlotName => s in SLOT_WORDS);
    const offered = providers.map((p) => p.slot);
    throw new AppError(
      'workspace_locked',
      tried > 0
        ? `The ${offered.includes('passphrase') ? 'passphrase' : 'key'} does not open the workspace in ${dataDir}. Nothing was changed.`
        : `The workspace in ${dataDir} is opened with ${held.map((s) => SLOT_WORDS[s]).join(' or ') || 'a key this workbench does not know'}. Nothing was changed.`,
    );
  }
  const missing = providers.filter((p) => file.slots[p.slot] === undefined);
  if (missing.length > 0) {
    const key = workspaceKey;
    const next: KeyFile = { ...file, slots: { ...file.slots } };
    for (const p of missing) next.slots[p.slot] = p.wrap(key);
    writeFileAtomically(path, `${JSON.stringify(next, null, 2)}\n`);
  }
  return { ...derive(workspaceKey), created: false };
}
