// Evidence files at rest: AES-256-GCM in chunks, so a 500 MB original streams through in bounded
// memory and every chunk is authenticated before its bytes are used. A file is
//   "S117EV1\n" | 8-byte random nonce prefix | chunk… (ciphertext ‖ 16-byte tag)
// and chunk i uses the nonce prefix ‖ i (32-bit), with the file's SHA-256 (the plaintext's, which
// is also its name in the store), i and a last-chunk flag as additional data: a file moved under
// another name, chunks reordered, or the file cut short at a chunk boundary all fail to decrypt.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readSync, writeSync } from 'node:fs';
import { Transform, type TransformCallback } from 'node:stream';

export const ENCRYPTED_MAGIC = Buffer.from('S117EV1\n', 'latin1');
const PREFIX_BYTES = 8;
export const HEADER_BYTES = ENCRYPTED_MAGIC.length + PREFIX_BYTES;
const CHUNK = 256 * 1024;
const TAG = 16;

export class EvidenceDecryptError extends Error {
  constructor(sha256: string) {
    super(`the stored file ${sha256.slice(0, 12)}… cannot be decrypted with this workspace's key (altered or damaged)`);
    this.name = 'EvidenceDecryptError';
  }
}

export interface EvidenceCipher {
  /** A stream that turns the plaintext of the file named `sha256` into its stored form. */
  encrypt(sha256: string): Transform;
  /** The reverse; errors (EvidenceDecryptError) on any altered, reordered or missing byte. */
  decrypt(sha256: string): Transform;
  /** Encrypts the file at `source` into `target` (created, flushed), without streams: for opening a workspace. */
  encryptFileSync(source: string, target: string, sha256: string): void;
  /** Decrypts the stored file at `source` into `target` (created, flushed); throws on any damage. */
  decryptFileSync(source: string, target: string, sha256: string): void;
}

/** True when stored bytes begin like an encrypted evidence file. */
export const isEncryptedHeader = (head: Uint8Array): boolean =>
  head.length >= ENCRYPTED_MAGIC.length && ENCRYPTED_MAGIC.equals(head.subarray(0, ENCRYPTED_MAGIC.length));

function nonce(prefix: Buffer, index: number): Buffer {
  const n = Buffer.alloc(12);
  prefix.copy(n, 0);
  n.writeUInt32BE(index, 8);
  return n;
}

function additionalData(sha256: string, index: number, last: boolean): Buffer {
  const aad = Buffer.alloc(32 + 5);
  Buffer.from(sha256, 'hex').copy(aad, 0);
  aad.writeUInt32BE(index, 32);
  aad[36] = last ? 1 : 0;
  return aad;
}

/**
 * Reads `input` in chunks of `size` bytes, one ahead so the last chunk is known as the last, and
 * writes each transformed to `output` (sealing or opening, the same walk both ways).
 */
function pumpChunksSync(
  input: number,
  output: number,
  size: number,
  transform: (index: number, last: boolean, chunk: Buffer) => Buffer,
): void {
  let current = Buffer.alloc(size);
  let currentLength = readSync(input, current, 0, size, null);
  for (let index = 0; ; index++) {
    const next = Buffer.alloc(size);
    const nextLength = currentLength === size ? readSync(input, next, 0, size, null) : 0;
    const last = nextLength === 0;
    writeSync(output, transform(index, last, current.subarray(0, currentLength)));
    if (last) return;
    current = next;
    currentLength = nextLength;
  }
}

export function createEvidenceCipher(key: Buffer): EvidenceCipher {
  if (key.length !== 32) throw new Error('an evidence key is 32 bytes');

  const sealChunk = (prefix: Buffer, sha256: string, index: number, last: boolean, plain: Buffer) => {
    const cipher = createCipheriv('aes-256-gcm', key, nonce(prefix, index));
    cipher.setAAD(additionalData(sha256, index, last));
    return Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
  };
  const openChunk = (prefix: Buffer, sha256: string, index: number, last: boolean, sealed: Buffer) => {
    if (sealed.length < TAG) throw new EvidenceDecryptError(sha256);
    const decipher = createDecipheriv('aes-256-gcm', key, nonce(prefix, index));
    decipher.setAAD(additionalData(sha256, index, last));
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG));
    try {
      return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG)), decipher.final()]);
    } catch {
      throw new EvidenceDecryptError(sha256);
    }
  };

  return {
    encrypt(sha256) {
      const prefix = randomBytes(PREFIX_BYTES);
      let pending: Buffer[] = [];
      let pendingBytes = 0;
      let index = 0;
      let headerSent = false;
      const header = () => {
        if (headerSent) return [];
        headerSent = true;
        return [ENCRYPTED_MAGIC, prefix];
      };
      return new Transform({
        transform(chunk: Buffer, _enc, done: TransformCallback) {
          pending.push(chunk);
          pendingBytes += chunk.length;
          // Hold back at least one byte: the last chunk is only known at the end.
          if (pendingBytes <= CHUNK) return done();
          const all = Buffer.concat(pending);
          const out: Buffer[] = header();
          let at = 0;
          while (all.length - at > CHUNK) {
            out.push(sealChunk(prefix, sha256, index++, false, all.subarray(at, at + CHUNK)));
            at += CHUNK;
          }
          pending = [all.subarray(at)];
          pendingBytes = all.length - at;
          done(null, Buffer.concat(out));
        },
        flush(done: TransformCallback) {
          const out = header();
          out.push(sealChunk(prefix, sha256, index++, true, Buffer.concat(pending)));
          done(null, Buffer.concat(out));
        },
      });
    },

    encryptFileSync(source, target, sha256) {
      const prefix = randomBytes(PREFIX_BYTES);
      const input = openSync(source, 'r');
      const output = openSync(target, 'wx', 0o600);
      try {
        writeSync(output, Buffer.concat([ENCRYPTED_MAGIC, prefix]));
        pumpChunksSync(input, output, CHUNK, (index, last, chunk) => sealChunk(prefix, sha256, index, last, chunk));
        fsyncSync(output);
      } finally {
        closeSync(input);
        closeSync(output);
      }
    },

    decryptFileSync(source, target, sha256) {
      const input = openSync(source, 'r');
      let output: number | null = null;
      try {
        const header = Buffer.alloc(HEADER_BYTES);
        if (readSync(input, header, 0, HEADER_BYTES, null) !== HEADER_BYTES || !isEncryptedHeader(header))
          throw new EvidenceDecryptError(sha256);
        const prefix = header.subarray(ENCRYPTED_MAGIC.length);
        output = openSync(target, 'wx', 0o600);
        pumpChunksSync(input, output, CHUNK + TAG, (index, last, chunk) =>
          openChunk(prefix, sha256, index, last, chunk),
        );
        fsyncSync(output);
      } finally {
        closeSync(input);
        if (output !== null) closeSync(output);
      }
    },

    decrypt(sha256) {
      let buffered: Buffer = Buffer.alloc(0);
      let prefix: Buffer | null = null;
      let index = 0;
      return new Transform({
        transform(chunk: Buffer, _enc, done: TransformCallback) {
          try {
            buffered = buffered.length ? Buffer.concat([buffered, chunk]) : chunk;
            if (!prefix) {
              if (buffered.length < HEADER_BYTES) return done();
              if (!isEncryptedHeader(buffered)) throw new EvidenceDecryptError(sha256);
              prefix = Buffer.from(buffered.subarray(ENCRYPTED_MAGIC.length, HEADER_BYTES));
              buffered = buffered.subarray(HEADER_BYTES);
            }
            const out: Buffer[] = [];
            // A full sealed chunk followed by more bytes cannot be the last one.
            while (buffered.length > CHUNK + TAG) {
              out.push(openChunk(prefix, sha256, index++, false, buffered.subarray(0, CHUNK + TAG)));
              buffered = buffered.subarray(CHUNK + TAG);
            }
            done(null, out.length ? Buffer.concat(out) : undefined);
          } catch (err) {
            done(err as Error);
          }
        },
        flush(done: TransformCallback) {
          try {
            if (!prefix) throw new EvidenceDecryptError(sha256);
            done(null, openChunk(prefix, sha256, index++, true, buffered));
          } catch (err) {
            done(err as Error);
          }
        },
      });
    },
  };
}
