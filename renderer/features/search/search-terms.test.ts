// Highlighting the words a search found: what the investigator sees marked on the page.
import { describe, expect, it } from 'vitest';
import { findHighlights, highlightParts, highlightTerms, rangesByPiece } from './search-terms';

const marked = (text: string, query: string) =>
  highlightParts(text, highlightTerms(query))
    .filter((p) => p.highlight)
    .map((p) => p.text);

describe('highlightTerms', () => {
  it('reads words, phrases and prefixes, and leaves out OR and excluded words', () => {
    expect(highlightTerms('"Zebra aftercare" review* OR plan -charges')).toEqual([
      { words: ['zebra', 'aftercare'], prefix: false },
      { words: ['review'], prefix: true },
      { words: ['plan'], prefix: false },
    ]);
  });

  it('ignores punctuation-only input', () => {
    expect(highlightTerms('" " ... -')).toEqual([]);
  });
});

describe('highlighting in text', () => {
  it('marks a phrase only where its words are together', () => {
    expect(marked('Zebra aftercare review. Aftercare for a zebra.', '"zebra aftercare"')).toEqual(['Zebra aftercare']);
  });

  it('marks a phrase across a line break', () => {
    expect(marked('the Zebra\naftercare review', '"zebra aftercare review"')).toEqual(['Zebra\naftercare review']);
  });

  it('marks other forms of a word as the stemming search finds them', () => {
    expect(marked('She was reviewed; reviews were late; no review.', 'review')).toEqual([
      'reviewed',
      'reviews',
      'review',
    ]);
    expect(marked('Charges and charging', 'charge')).toEqual(['Charges', 'charging']);
  });

  it('marks words that start with a prefix', () => {
    expect(marked('Aftercare after the afternoon', 'aftercar*')).toEqual(['Aftercare']);
  });

  it('ignores case and accents', () => {
    expect(marked('Café CAFE cafe', 'cafe')).toEqual(['Café', 'CAFE', 'cafe']);
  });

  it('keeps the text whole around the marks', () => {
    const parts = highlightParts('a zebra here', highlightTerms('zebra'));
    expect(parts.map((p) => p.text).join('')).toBe('a zebra here');
  });

  it('merges overlapping matches', () => {
    expect(findHighlights('zebra aftercare', highlightTerms('"zebra aftercare" aftercare'))).toEqual([
      { start: 0, end: 15 },
    ]);
  });
});

describe('rangesByPiece', () => {
  it('cuts a range that runs over several pieces into each piece', () => {
    // "Zebra " | "after" | "care review"
    expect(rangesByPiece([6, 5, 11], [{ start: 0, end: 15 }])).toEqual([
      [{ start: 0, end: 6 }],
      [{ start: 0, end: 5 }],
      [{ start: 0, end: 4 }],
    ]);
  });
});
