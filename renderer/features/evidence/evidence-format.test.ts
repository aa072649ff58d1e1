// Sizes and fingerprints as the evidence list shows them.
import { describe, expect, it } from 'vitest';
import { formatBytes, shortSha, viewerKind } from './evidence-format';

describe('formatBytes', () => {
  it('reads small files in bytes and larger ones in KB and MB', () => {
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(812)).toBe('812 bytes');
    expect(formatBytes(14_540)).toBe('14.2 KB');
    expect(formatBytes(3_250_000)).toBe('3.1 MB');
    expect(formatBytes(300 * 1024 * 1024)).toBe('300 MB');
  });
});

describe('shortSha and viewerKind', () => {
  it('shortens a SHA-256 to its first twelve characters', () => {
    expect(shortSha('ab'.repeat(32))).toBe('abababababab');
  });

  it('shows PDFs with pages, pictures as pictures, TIFF by its text, and the rest as text', () => {
    expect(viewerKind('pdf')).toBe('pdf');
    expect(viewerKind('jpeg')).toBe('image');
    expect(viewerKind('tiff')).toBe('tiff');
    expect(viewerKind('eml')).toBe('text');
  });
});
