// Word wrapping for the PDF renderer: breaks runs of mixed emphasis into lines that fit a width,
// measured with the embedded fonts, so a bold word and its trailing comma stay together.
import type { Inline } from './model';

export type FontKey = 'regular' | 'bold' | 'italic' | 'boldItalic';

/** Width of `text` in `font` at `size` points. */
export type Measure = (text: string, font: FontKey, size: number) => number;

/** A stretch of one font placed on a line, `x` from the line's left edge. */
export interface LineSegment {
  x: number;
  text: string;
  font: FontKey;
}

export interface TextLine {
  segments: LineSegment[];
  width: number;
}

export function fontFor(bold: boolean | undefined, italic: boolean | undefined): FontKey {
  if (bold && italic) return 'boldItalic';
  if (bold) return 'bold';
  if (italic) return 'italic';
  return 'regular';
}

interface Fragment {
  text: string;
  font: FontKey;
}

/** A word (possibly several fonts, no spaces inside), or a forced line break. */
type Token = { kind: 'word'; fragments: Fragment[] } | { kind: 'space'; font: FontKey } | { kind: 'break' };

function tokenise(runs: Inline, forceBold: boolean): Token[] {
  const tokens: Token[] = [];
  let word: Fragment[] | null = null;
  const endWord = () => {
    if (word) tokens.push({ kind: 'word', fragments: word });
    word = null;
  };
  for (const run of runs) {
    const font = fontFor(forceBold || run.bold, run.italic);
    for (const piece of run.text.split(/(\n|[ \t\u00a0]+)/)) {
      if (piece === '') continue;
      if (piece === '\n') {
        endWord();
        tokens.push({ kind: 'break' });
      } else if (/^[ \t]+$/.test(piece)) {
        endWord();
        tokens.push({ kind: 'space', font });
      } else {
        // A no-break space stays inside the word ("£1,000 a month" wraps, "s117 aftercare" may not).
        word ??= [];
        const last: Fragment | undefined = word[word.length - 1];
        if (last && last.font === font) last.text += piece;
        else word.push({ text: piece, font });
      }
    }
  }
  endWord();
  return tokens;
}

/**
 * Lays `runs` into lines no wider than `maxWidth`. A word wider than the line on its own is
 * broken between characters rather than allowed to run into the margin.
 */
export function wrapInline(
  runs: Inline,
  maxWidth: number,
  size: number,
  measure: Measure,
  options: { bold?: boolean } = {},
): TextLine[] {
  const lines: TextLine[] = [];
  let current: TextLine = { segments: [], width: 0 };
  let pendingSpace: FontKey | null = null;

  const append = (text: string, font: FontKey, width: number) => {
    const last = current.segments[current.segments.length - 1];
    if (last && last.font === font) last.text += text;
    else current.segments.push({ x: current.width, text, font });
    current.width += width;
  };
  const newLine = () => {
    lines.push(current);
    current = { segments: [], width: 0 };
    pendingSpace = null;
  };

  for (const token of tokenise(runs, options.bold ?? false)) {
    if (token.kind === 'break') {
      newLine();
      continue;
    }
    if (token.kind === 'space') {
      if (current.segments.length > 0) pendingSpace = token.font;
      continue;
    }
    const wordWidth = token.fragments.reduce((sum, f) => sum + measure(f.text, f.font, size), 0);
    const spaceWidth = pendingSpace ? measure(' ', pendingSpace, size) : 0;
    if (current.segments.length > 0 && current.width + spaceWidth + wordWidth > maxWidth) newLine();
    if (pendingSpace && current.segments.length > 0) append(' ', pendingSpace, spaceWidth);
    pendingSpace = null;
    if (wordWidth <= maxWidth - current.width) {
      for (const f of token.fragments) append(f.text, f.font, measure(f.text, f.font, size));
      continue;
    }
    // Overlong word (a URL, a long reference): break it by characters.
    for (const f of token.fragments) {
      for (const ch of Array.from(f.text)) {
        const w = measure(ch, f.font, size);
        if (current.width + w > maxWidth && current.segments.length > 0) newLine();
        append(ch, f.font, w);
      }
    }
  }
  if (current.segments.length > 0 || lines.length === 0) lines.push(current);
  // Trailing spaces would only push right-aligned text off true.
  for (const line of lines) {
    const last = line.segments[line.segments.length - 1];
    if (last && last.text.endsWith(' ')) {
      last.text = last.text.trimEnd();
      line.width = last.x + measure(last.text, last.font, size);
    }
  }
  return lines;
}

/** The width `runs` would take on one line, and the width of its widest single word. */
export function naturalWidths(runs: Inline, size: number, measure: Measure): { max: number; minWord: number } {
  let max = 0;
  let lineWidth = 0;
  let minWord = 0;
  for (const token of tokenise(runs, false)) {
    if (token.kind === 'break') {
      max = Math.max(max, lineWidth);
      lineWidth = 0;
    } else if (token.kind === 'space') {
      lineWidth += measure(' ', token.font, size);
    } else {
      const w = token.fragments.reduce((sum, f) => sum + measure(f.text, f.font, size), 0);
      minWord = Math.max(minWord, w);
      lineWidth += w;
    }
  }
  return { max: Math.max(max, lineWidth), minWord };
}
