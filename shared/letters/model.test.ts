import { describe, expect, it } from 'vitest';
import { eachBlock, listLetter, md, parseLetter } from './model';
import { buildSampleLetter } from './sample-letter';

describe('letter model', () => {
  it('reads light markup into bold and italic runs', () => {
    expect(md('Plain **bold** and *italic*, ***both*** and a \\* star')).toEqual([
      { text: 'Plain ' },
      { text: 'bold', bold: true },
      { text: ' and ' },
      { text: 'italic', italic: true },
      { text: ', ' },
      { text: 'both', bold: true, italic: true },
      { text: ' and a * star' },
    ]);
  });

  it('survives a JSON round trip (edits are stored) and rejects a malformed letter', () => {
    const letter = buildSampleLetter({ paragraphs: 12, tableRows: 3, draft: true });
    expect(parseLetter(JSON.parse(JSON.stringify(letter)))).toEqual(letter);
    expect(() => parseLetter({ ...letter, header: { ...letter.header, date: '2022-02-30' } })).toThrow(/calendar date/);
    expect(() =>
      parseLetter({ ...letter, sections: [{ id: 'a', heading: 'A', blocks: [{ kind: 'numbered', text: 'x' }] }] }),
    ).toThrow();
  });

  it('numbers paragraphs continuously across sections, not per section', () => {
    const letter = buildSampleLetter({ paragraphs: 30, tableRows: 2 });
    const numbers = [...eachBlock(letter)].filter(([, p]) => p.isNumbered).map(([, p]) => p.paragraphNumber);
    expect(numbers).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(new Set([...eachBlock(letter)].map(([, p]) => p.sectionIndex)).size).toBe(letter.sections.length);
  });

  it('letters list items a, b … z, aa', () => {
    expect([0, 1, 25, 26, 27].map(listLetter)).toEqual(['a', 'b', 'z', 'aa', 'ab']);
  });
});
