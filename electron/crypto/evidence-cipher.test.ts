// The evidence cipher: round trips at every size that matters (empty, one byte, chunk edges),
// the streaming and file forms agree, and a stored file altered, cut short at a chunk boundary
// or moved under another name's hash refuses to decrypt rather than give wrong bytes.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEvidenceCipher, HEADER_BYTES, isEncryptedHeader } from './evidence-cipher';

const CHUNK = 256 * 1024;
const cipher = createEvidenceCipher(randomBytes(32));
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

async function through(transform: NodeJS.ReadWriteStream, bytes: Buffer, pieces = 7): Promise<Buffer> {
  const step = Math.max(1, Math.ceil(bytes.length / pieces));
  const parts = Array.from({ length: Math.ceil(bytes.length / step) }, (_, i) =>
    bytes.subarray(i * step, (i + 1) * step),
  );
  const out: Buffer[] = [];
  await pipeline(Readable.from(parts), transform, async (source: AsyncIterable<Buffer | string>) => {
    for await (const c of source) out.push(Buffer.from(c));
  });
  return Buffer.concat(out);
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 's117-cipher-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('evidence cipher', () => {
  for (const size of [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK, 3 * CHUNK + 17]) {
    it(`round-trips ${size} bytes, streamed and as files`, async () => {
      const plain = randomBytes(size);
      const id = sha(plain);
      const sealed = await through(cipher.encrypt(id), plain);
      expect(isEncryptedHeader(sealed)).toBe(true);
      if (size >= 16) expect(sealed.includes(plain.subarray(0, 16))).toBe(false);
      expect(sha(await through(cipher.decrypt(id), sealed, 5))).toBe(id);

      const source = join(dir, 'plain');
      writeFileSync(source, plain);
      cipher.encryptFileSync(source, join(dir, 'sealed'), id);
      expect(sha(await through(cipher.decrypt(id), readFileSync(join(dir, 'sealed'))))).toBe(id);
      writeFileSync(join(dir, 'streamed'), sealed);
      cipher.decryptFileSync(join(dir, 'streamed'), join(dir, 'back'), id);
      expect(sha(readFileSync(join(dir, 'back')))).toBe(id);
    });
  }

  it('refuses a changed byte, a file cut at a chunk boundary, another hash, and another key', async () => {
    const plain = randomBytes(2 * CHUNK + 100);
    const id = sha(plain);
    const sealed = await through(cipher.encrypt(id), plain);
    const flipped = Buffer.from(sealed);
    flipped[HEADER_BYTES + 1000]! ^= 1;
    await expect(through(cipher.decrypt(id), flipped)).rejects.toThrow(/cannot be decrypted/);
    const cut = sealed.subarray(0, HEADER_BYTES + 2 * (CHUNK + 16));
    await expect(through(cipher.decrypt(id), cut)).rejects.toThrow(/cannot be decrypted/);
    await expect(through(cipher.decrypt(sha(Buffer.from('other'))), sealed)).rejects.toThrow(/cannot be decrypted/);
    await expect(through(createEvidenceCipher(randomBytes(32)).decrypt(id), sealed)).rejects.toThrow(
      /cannot be decrypted/,
    );
    writeFileSync(join(dir, 'cut'), cut);
    expect(() => cipher.decryptFileSync(join(dir, 'cut'), join(dir, 'out'), id)).toThrow(/cannot be decrypted/);
  });

  it('encrypts the same bytes differently each time', async () => {
    const plain = Buffer.from('the same letter twice');
    const a = await through(cipher.encrypt(sha(plain)), plain);
    const b = await through(cipher.encrypt(sha(plain)), plain);
    expect(a.equals(b)).toBe(false);
  });
});
