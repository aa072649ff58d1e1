// The passphrase slot of a workspace key (the CLI, the browser harness, tests, and the desktop app
// when S117_PASSPHRASE is set): scrypt turns the passphrase and the slot's own random salt into a
// wrapping key, and AES-256-GCM wraps the workspace key with it. A wrong passphrase fails the
// GCM check, so it is told apart from a right one without storing anything derived from it.
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { z } from 'zod';
import type { KeySlotProvider } from './workspace-key';

export const PASSPHRASE_ENV = 'S117_PASSPHRASE';

// scrypt cost: N = 2^15, r = 8 (32 MiB, roughly a tenth of a second): once per open.
const COST = { N: 1 << 15, r: 8, p: 1 };

const slotSchema = z.strictObject({
  kdf: z.literal('scrypt'),
  N: z
    .number()
    .int()
    .min(1024)
    .max(1 << 22),
  r: z.number().int().min(1).max(32),
  p: z.number().int().min(1).max(16),
  salt: z.string(),
  iv: z.string(),
  tag: z.string(),
  wrapped: z.string(),
});

const b64 = (bytes: Buffer) => bytes.toString('base64');

function wrappingKey(passphrase: string, salt: Buffer, cost: { N: number; r: number; p: number }): Buffer {
  return scryptSync(passphrase.normalize('NFC'), salt, 32, { ...cost, maxmem: 256 * cost.N * cost.r + (1 << 20) });
}

export function passphraseKeyProvider(passphrase: string): KeySlotProvider {
  if (passphrase.length === 0) throw new Error('the passphrase is empty');
  return {
    slot: 'passphrase',
    wrap(workspaceKey) {
      const salt = randomBytes(16);
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', wrappingKey(passphrase, salt, COST), iv);
      const wrapped = Buffer.concat([cipher.update(workspaceKey), cipher.final()]);
      return {
        kdf: 'scrypt',
        ...COST,
        salt: b64(salt),
        iv: b64(iv),
        tag: b64(cipher.getAuthTag()),
        wrapped: b64(wrapped),
      } satisfies z.infer<typeof slotSchema>;
    },
    unwrap(value) {
      const parsed = slotSchema.safeParse(value);
      if (!parsed.success) return null;
      const slot = parsed.data;
      const key = wrappingKey(passphrase, Buffer.from(slot.salt, 'base64'), slot);
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(slot.iv, 'base64'));
      decipher.setAuthTag(Buffer.from(slot.tag, 'base64'));
      try {
        const out = Buffer.concat([decipher.update(Buffer.from(slot.wrapped, 'base64')), decipher.final()]);
        return out.length === 32 ? out : null;
      } catch {
        return null;
      }
    },
  };
}

/** The passphrase provider from S117_PASSPHRASE, or null when it is not set. */
export function passphraseFromEnv(env: NodeJS.ProcessEnv = process.env): KeySlotProvider | null {
  const value = env[PASSPHRASE_ENV];
  return value ? passphraseKeyProvider(value) : null;
}
