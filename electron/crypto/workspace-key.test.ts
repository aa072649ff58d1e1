// The workspace key file: a keychain-only workspace tells the CLI what opens it; opening it once
// with the keychain and a passphrase adds the passphrase, which then opens it alone (how a
// workspace moves to another computer); a slot that does not open it changes nothing.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KEY_FILE_NAME, unlockWorkspaceKey, type KeySlotProvider } from './workspace-key';
import { passphraseKeyProvider } from './passphrase-key';

/** A stand-in for Electron's safeStorage: a machine secret that never leaves this "computer". */
function fakeKeychain(machineSecret = randomBytes(32)): KeySlotProvider {
  return {
    slot: 'keychain',
    wrap(key) {
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', machineSecret, iv);
      const data = Buffer.concat([c.update(key), c.final()]);
      return { wrapped: Buffer.concat([iv, c.getAuthTag(), data]).toString('base64') };
    },
    unwrap(value) {
      const all = Buffer.from((value as { wrapped: string }).wrapped, 'base64');
      const d = createDecipheriv('aes-256-gcm', machineSecret, all.subarray(0, 12));
      d.setAuthTag(all.subarray(12, 28));
      try {
        return Buffer.concat([d.update(all.subarray(28)), d.final()]);
      } catch {
        return null;
      }
    },
  };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 's117-key-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the workspace key', () => {
  it('of a keychain-only workspace is refused to a passphrase, saying what opens it', () => {
    const keychain = fakeKeychain();
    const made = unlockWorkspaceKey(dir, [keychain], { mayCreate: true });
    expect(made.created).toBe(true);
    const before = readFileSync(join(dir, KEY_FILE_NAME), 'utf8');
    expect(() => unlockWorkspaceKey(dir, [passphraseKeyProvider('anything')], { mayCreate: false })).toThrow(
      /opened with the desktop app's keychain on the computer that made it\. Nothing was changed\./,
    );
    expect(readFileSync(join(dir, KEY_FILE_NAME), 'utf8')).toBe(before);
    // Another computer's keychain does not open it either.
    expect(() => unlockWorkspaceKey(dir, [fakeKeychain()], { mayCreate: false })).toThrow(/does not open/);
  });

  it('gains a passphrase when opened with the keychain and one, which then opens it alone', () => {
    const keychain = fakeKeychain();
    const first = unlockWorkspaceKey(dir, [keychain], { mayCreate: true });
    const both = unlockWorkspaceKey(dir, [keychain, passphraseKeyProvider('moving day')], { mayCreate: false });
    expect(both.databaseKey.equals(first.databaseKey)).toBe(true);
    const elsewhere = unlockWorkspaceKey(dir, [passphraseKeyProvider('moving day')], { mayCreate: false });
    expect(elsewhere.databaseKey.equals(first.databaseKey)).toBe(true);
    expect(elsewhere.evidenceKey.equals(first.evidenceKey)).toBe(true);
    expect(elsewhere.databaseKey.equals(elsewhere.evidenceKey)).toBe(false);
    expect(() => unlockWorkspaceKey(dir, [passphraseKeyProvider('Moving day')], { mayCreate: false })).toThrow(
      /The passphrase does not open the workspace/,
    );
  });
});
