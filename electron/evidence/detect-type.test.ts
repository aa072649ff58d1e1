import { describe, expect, it } from 'vitest';
import { detectType, looksLikeEmail } from './detect-type';

const bytes = (...parts: Array<string | number[]>) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'utf8')] : p)));

describe('detecting a type from the bytes', () => {
  it.each([
    ['PDF', bytes('%PDF-1.7\n%\u00e2\u00e3'), 'pdf'],
    ['PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'png'],
    ['JPEG', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'jpeg'],
    ['little-endian TIFF', bytes([0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0]), 'tiff'],
    ['big-endian TIFF', bytes([0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8]), 'tiff'],
    ['DOCX', bytes([0x50, 0x4b, 3, 4], '[Content_Types].xml word/document.xml'), 'docx'],
    ['email', bytes('Received: by mx\r\nFrom: a@b.org\r\nTo: c@d.org\r\nSubject: Hi\r\n\r\nBody'), 'eml'],
    ['UTF-8 text', bytes('Notes of a call on 3 March: «care plan» agreed.'), 'txt'],
  ])('knows a %s', (_label, head, type) => {
    expect(detectType(head, head, true)).toEqual({ type });
  });

  it('finds a DOCX by the part named in the ZIP directory at the end of the file', () => {
    const head = bytes([0x50, 0x4b, 3, 4], 'docProps/app.xml');
    const tail = bytes('word/document.xml', [0x50, 0x4b, 5, 6]);
    expect(detectType(head, tail)).toEqual({ type: 'docx' });
  });

  it.each([
    ['a ZIP archive', bytes([0x50, 0x4b, 3, 4], 'photos/1.jpg'), /ZIP archive/],
    ['an old Word file', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), /old-style Office/],
    ['a GIF', bytes('GIF89a'), /GIF/],
    ['binary with NULs', bytes('abc', [0, 1, 2]), null],
    ['Windows-1252 text', bytes([0x63, 0x61, 0x66, 0xe9]), /encoding other than UTF-8/],
    ['RTF', bytes('{\\rtf1\\ansi hello}'), /Rich Text/],
  ])('says what %s looks like when it cannot read it', (_label, head, looksLike) => {
    const detection = detectType(head, head, true);
    expect(detection.type).toBeNull();
    if (detection.type === null) {
      if (looksLike === null) expect(detection.looksLike).toBeNull();
      else expect(detection.looksLike).toMatch(looksLike);
    }
  });

  it('does not reject UTF-8 text whose 64 KB window ends inside a character', () => {
    const text = bytes('a'.repeat(10), 'é').slice(0, 11); // first byte of a two-byte character
    expect(detectType(text, text, false)).toEqual({ type: 'txt' });
    expect(detectType(text, text, true).type).toBeNull();
  });
});

describe('telling an email from text that has a colon in it', () => {
  it.each([
    ['Date: 1 March 2019\nSubject: visit\nFrom: Ms B\n\nShe said…', true],
    ['From someone@example.org Tue Mar 12 09:30:00 2019\nFrom: a@b\nDate: x\n\nbody', true],
    ['Note: the council rang.\nAction: write to the ICB.\n\nLater…', false],
    ['Subject: only one header\n\nbody', false],
    ['Hello there\nFrom: a@b\nTo: c@d\n\nbody', false],
  ])('%j → %s', (text, expected) => {
    expect(looksLikeEmail(text)).toBe(expected);
  });
});
