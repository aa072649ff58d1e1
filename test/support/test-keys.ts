// The key every test workspace is opened with: the passphrase from S117_PASSPHRASE, else a fixed
// test passphrase. Workspaces in tests are encrypted exactly as the app's are.
import { passphraseKeyProvider, PASSPHRASE_ENV } from '../../electron/crypto/passphrase-key';
import type { WorkspaceKeys } from '../../electron/crypto/workspace-key';

export const TEST_PASSPHRASE = 'test passphrase: not for real workspaces';

export function testPassphrase(): string {
  return process.env[PASSPHRASE_ENV] || TEST_PASSPHRASE;
}

export function testKeys(passphrase = testPassphrase()): WorkspaceKeys {
  return { providers: [passphraseKeyProvider(passphrase)] };
}
