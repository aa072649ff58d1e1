// The DRAFT watermark as outlines rather than text, so it marks every page without ending up in
// the text a reader copies or a search (or pdftotext) extracts.
import fontkit from '@pdf-lib/fontkit';

interface PathCommand {
  command: 'moveTo' | 'lineTo' | 'quadraticCurveTo' | 'bezierCurveTo' | 'closePath';
  args: number[];
}

const SVG_LETTER: Record<PathCommand['command'], string> = {
  moveTo: 'M',
  lineTo: 'L',
  quadraticCurveTo: 'Q',
  bezierCurveTo: 'C',
  closePath: 'Z',
};

export interface WatermarkOutline {
  /** SVG path data in font units, y pointing down (as pdf-lib's drawSvgPath expects). */
  path: string;
  /** Advance width and cap height, in font units. */
  width: number;
  capHeight: number;
  unitsPerEm: number;
}

/** Outlines of `text` set in the font whose bytes are `fontBytes`. */
export function watermarkOutline(fontBytes: Uint8Array, text: string): WatermarkOutline {
  const font = fontkit.create(fontBytes);
  const run = font.layout(text);
  let x = 0;
  const parts: string[] = [];
  run.glyphs.forEach((glyph, i) => {
    const commands = (glyph.path as unknown as { commands: PathCommand[] }).commands;
    for (const { command, args } of commands) {
      const points: string[] = [];
      for (let a = 0; a + 1 < args.length; a += 2) points.push(`${args[a]! + x} ${-args[a + 1]!}`);
      parts.push(`${SVG_LETTER[command]}${points.join(' ')}`);
    }
    x += run.positions[i]?.xAdvance ?? 0;
  });
  // Some fonts (DejaVu among them) carry no cap height; the tallest letter stands in for it.
  const tallest = Math.max(0, ...run.glyphs.map((g) => (g.bbox as unknown as { maxY: number }).maxY || 0));
  return { path: parts.join(''), width: x, capHeight: font.capHeight || tallest, unitsPerEm: font.unitsPerEm };
}
