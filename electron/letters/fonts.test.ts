import { describe, expect, it } from 'vitest';
import { defaultLetterFontDirectory, loadLetterFonts } from './fonts';

describe('loadLetterFonts', () => {
  it('loads the four DejaVu Sans faces as TrueType bytes', async () => {
    const fonts = await loadLetterFonts();
    for (const face of [fonts.regular, fonts.bold, fonts.italic, fonts.boldItalic]) {
      expect(face.length).toBeGreaterThan(100_000);
      // TrueType files start with version 1.0 (00 01 00 00).
      expect([...face.slice(0, 4)]).toEqual([0, 1, 0, 0]);
    }
    expect(fonts.bold).not.toEqual(fonts.regular);
  });

  it('fails clearly for a directory without the fonts', async () => {
    await expect(loadLetterFonts(`${defaultLetterFontDirectory()}/missing`)).rejects.toThrow(/ENOENT/);
  });
});
