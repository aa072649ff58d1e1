// Which words of a search to highlight in a document, and where they are in a passage: the
// same reading of the query as the search engine (quoted phrases, word* prefixes, OR, -words
// left out), with a light stemmer so "reviews" lights up for "review" as the engine's
// Porter stemmer matched it.

export interface HighlightTerm {
  /** The words in order: one for a single word, several for a "quoted phrase". */
  words: string[];
  /** The last word may continue (word*). */
  prefix: boolean;
}

export interface TextRange {
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const wordsOf = (s: string) => [...fold(s).matchAll(WORD)].map((m) => m[0]);

/** The terms to highlight for a search query; words to leave out (-word) are not highlighted. */
export function highlightTerms(query: string): HighlightTerm[] {
  const terms: HighlightTerm[] = [];
  for (const m of query.matchAll(/(-?)"([^"]*)"(\*?)|(\S+)/g)) {
    if (m[4] !== undefined) {
      const raw = m[4];
      if (raw === 'OR' || raw === '|' || (raw.startsWith('-') && raw.length > 1)) continue;
      const words = wordsOf(raw);
      if (words.length) terms.push({ words, prefix: raw.endsWith('*') });
    } else {
      if (m[1] === '-') continue;
      const words = wordsOf(m[2] ?? '');
      if (words.length) terms.push({ words, prefix: m[3] === '*' });
    }
  }
  return terms;
}

/** A light English stem: enough to join the forms the engine's Porter stemmer joins for common words. */
export function stem(word: string): string {
  const w = fold(word);
  if (w.length <= 3) return w;
  for (const [suffix, replacement] of [
    ['ies', 'y'],
    ['ied', 'y'],
    ['ing', ''],
    ['ed', ''],
    ['es', ''],
    ['s', ''],
    ['ly', ''],
  ] as const) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      const base = w.slice(0, -suffix.length) + replacement;
      // "planned" → "plann" → "plan"
      return /([b-df-hj-np-tv-z])\1$/.test(base) ? base.slice(0, -1) : base.replace(/e$/, '');
    }
  }
  return w.replace(/e$/, '');
}

const matchesWord = (word: string, term: string, prefix: boolean) =>
  prefix ? word.startsWith(term) : word === term || stem(word) === stem(term);

/** Where the terms occur in the text (character ranges, sorted, overlaps merged). */
export function findHighlights(text: string, terms: readonly HighlightTerm[]): TextRange[] {
  if (!terms.length) return [];
  // Folding may change lengths (é → e + mark removed), so fold word by word and keep the original offsets.
  const words = [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, word: fold(m[0]) }));
  const found: TextRange[] = [];
  for (let i = 0; i < words.length; i++) {
    for (const term of terms) {
      const last = term.words.length - 1;
      if (i + last >= words.length) continue;
      const all = term.words.every((t, k) => matchesWord(words[i + k]!.word, t, term.prefix && k === last));
      if (all) found.push({ start: words[i]!.start, end: words[i + last]!.end });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: TextRange[] = [];
  for (const r of found) {
    const prev = merged.at(-1);
    if (prev && r.start <= prev.end) prev.end = Math.max(prev.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

/** The text cut into plain and highlighted runs, for rendering. */
export function highlightParts(
  text: string,
  terms: readonly HighlightTerm[],
): Array<{ text: string; highlight: boolean }> {
  const parts: Array<{ text: string; highlight: boolean }> = [];
  let at = 0;
  for (const r of findHighlights(text, terms)) {
    if (r.start > at) parts.push({ text: text.slice(at, r.start), highlight: false });
    parts.push({ text: text.slice(r.start, r.end), highlight: true });
    at = r.end;
  }
  if (at < text.length || parts.length === 0) parts.push({ text: text.slice(at), highlight: false });
  return parts;
}

/**
 * Ranges over a run of pieces of text laid end to end (the spans of a PDF text layer), cut into
 * ranges within each piece: `pieceRanges[i]` holds the parts of the ranges that fall in piece i.
 */
export function rangesByPiece(pieceLengths: readonly number[], ranges: readonly TextRange[]): TextRange[][] {
  const out: TextRange[][] = pieceLengths.map(() => []);
  let offset = 0;
  pieceLengths.forEach((length, i) => {
    for (const r of ranges) {
      const start = Math.max(r.start, offset);
      const end = Math.min(r.end, offset + length);
      if (start < end) out[i]!.push({ start: start - offset, end: end - offset });
    }
    offset += length;
  });
  return out;
}
