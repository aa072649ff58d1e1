// Exports are written all at once: the target gets the new bytes whole, and a write that fails
// leaves what was there before and no temporary file beside it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomically, writeFileOrExplain } from './write-atomically';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 's117-atomic-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writing a file atomically', () => {
  it('creates the folder and replaces an existing file whole', () => {
    const path = join(dir, 'exports', 'letter.pdf');
    writeFileAtomically(path, 'first');
    writeFileAtomically(path, new TextEncoder().encode('second'));
    expect(readFileSync(path, 'utf8')).toBe('second');
    expect(readdirSync(join(dir, 'exports'))).toEqual(['letter.pdf']);
  });

  it('leaves no temporary file when the write fails, and says why in words', () => {
    const path = join(dir, 'a folder');
    mkdirSync(path);
    writeFileSync(join(path, 'inside.txt'), 'kept');
    expect(() => writeFileAtomically(path, 'bytes')).toThrow();
    expect(() => writeFileOrExplain(path, 'bytes')).toThrow(
      /^Could not write .*a folder \(E[A-Z]+\)\. Nothing was saved\.$/,
    );
    expect(readdirSync(dir)).toEqual(['a folder']);
    expect(readFileSync(join(path, 'inside.txt'), 'utf8')).toBe('kept');
  });
});
