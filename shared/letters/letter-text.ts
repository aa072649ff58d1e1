// Every piece of text in a letter's body, in reading order, with a human description of where it
// is ("What I found, paragraph 24"): walked by the name checker, rewritten by the anonymiser.
import type { Inline, Letter, LetterBlock, LetterSection } from './model';

export interface TextPlace {
  runs: Inline;
  /** "What I found, paragraph 24", "What I found, table row 3 (after paragraph 29)"… */
  where: string;
}

function describe(heading: string, paragraph: number, detail: string | null): string {
  const section = heading || 'Untitled section';
  if (detail === null) return `${section}, paragraph ${paragraph}`;
  return paragraph > 0 ? `${section}, ${detail} (after paragraph ${paragraph})` : `${section}, ${detail}`;
}

/**
 * Rewrites every text of the letter body (section headings, paragraphs, list items, table cells)
 * with `rewrite`, in reading order, and returns the new letter. The header block and the
 * signature are left as they are: they name the body and the investigator, not the parties.
 */
export function mapLetterText(letter: Letter, rewrite: (place: TextPlace) => Inline): Letter {
  let paragraph = 0;
  const sections = letter.sections.map((section: LetterSection): LetterSection => {
    const headingRuns = rewrite({
      runs: [{ text: section.heading }],
      where: `${section.heading || 'Untitled section'}, heading`,
    });
    const heading = headingRuns.map((r) => r.text).join('');
    const blocks = section.blocks.map((block): LetterBlock => {
      const at = (detail: string | null) => describe(section.heading, paragraph, detail);
      switch (block.kind) {
        case 'numbered':
          paragraph++;
          return { ...block, runs: rewrite({ runs: block.runs, where: at(null) }) };
        case 'paragraph':
          return { ...block, runs: rewrite({ runs: block.runs, where: at('unnumbered paragraph') }) };
        case 'subheading':
          return {
            ...block,
            text: rewrite({ runs: [{ text: block.text }], where: at(`subheading "${block.text}"`) })
              .map((r) => r.text)
              .join(''),
          };
        case 'bullets':
        case 'numberedList':
          return {
            ...block,
            items: block.items.map((item, i) => rewrite({ runs: item, where: at(`list item ${i + 1}`) })),
          };
        case 'table':
          return {
            ...block,
            header: block.header.map((cell, c) => rewrite({ runs: cell, where: at(`table heading ${c + 1}`) })),
            rows: block.rows.map((row, r) =>
              row.map((cell, c) => rewrite({ runs: cell, where: at(`table row ${r + 1}, column ${c + 1}`) })),
            ),
          };
      }
    });
    return { ...section, heading, blocks };
  });
  return { ...letter, sections };
}

/** Every text of the letter body in reading order (the same places `mapLetterText` visits). */
export function letterTexts(letter: Letter): TextPlace[] {
  const places: TextPlace[] = [];
  mapLetterText(letter, (place) => {
    places.push(place);
    return place.runs;
  });
  return places;
}
