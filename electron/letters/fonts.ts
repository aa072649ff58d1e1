// Loads the DejaVu Sans font files the PDF renderer embeds, from the dejavu-fonts-ttf package
// (or from a directory the packaged app names), for shared/letters/render-pdf.ts.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { LetterFonts } from '../../shared/letters/render-pdf';

export const LETTER_FONT_FILES: Record<keyof LetterFonts, string> = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
  boldItalic: 'DejaVuSans-BoldOblique.ttf',
};

/** The ttf folder of the installed dejavu-fonts-ttf package. */
export function defaultLetterFontDirectory(): string {
  // Works both as ESM (import.meta.url) and when bundled to CommonJS (__filename).
  const from = typeof __filename === 'string' ? __filename : import.meta.url;
  const packageJson = createRequire(from).resolve('dejavu-fonts-ttf/package.json');
  return path.join(path.dirname(packageJson), 'ttf');
}

let cached: Promise<LetterFonts> | undefined;

/** The four faces as bytes; read once per process for the default directory. */
export function loadLetterFonts(directory?: string): Promise<LetterFonts> {
  if (directory === undefined && cached) return cached;
  const dir = directory ?? defaultLetterFontDirectory();
  const load = async (file: string) => new Uint8Array(await readFile(path.join(dir, file)));
  const fonts = (async () => ({
    regular: await load(LETTER_FONT_FILES.regular),
    bold: await load(LETTER_FONT_FILES.bold),
    italic: await load(LETTER_FONT_FILES.italic),
    boldItalic: await load(LETTER_FONT_FILES.boldItalic),
  }))();
  if (directory === undefined) {
    cached = fonts;
    fonts.catch(() => (cached = undefined));
  }
  return fonts;
}
