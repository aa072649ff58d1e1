import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sectionToText, textToSection, runsToMarkup } from './section-text';
import { diffLines } from './line-diff';
import { md, type Inline, type LetterBlock, type LetterSection } from '../../../shared/letters/model';

const section = (...blocks: LetterBlock[]): LetterSection => ({ id: 'findings', heading: 'What I found', blocks });
const table: LetterBlock = {
  kind: 'table',
  header: [md('Period'), md('Amount')],
  rows: [[md('2019'), md('£1,288.00')]],
  align: ['left', 'right'],
};

/** Adjacent runs of the same emphasis merged and empty runs dropped: what the text can express. */
function canonicalRuns(runs: Inline): Inline {
  const out: Inline = [];
  for (const r of runs) {
    if (!r.text) continue;
    const last = out[out.length - 1];
    if (last && !!last.bold === !!r.bold && !!last.italic === !!r.italic) last.text += r.text;
    else out.push({ text: r.text, ...(r.bold ? { bold: true } : {}), ...(r.italic ? { italic: true } : {}) });
  }
  return out;
}

function canonical(s: LetterSection): LetterSection {
  return {
    ...s,
    blocks: s.blocks.map((b) => {
      if (b.kind === 'numbered' || b.kind === 'paragraph') return { ...b, runs: canonicalRuns(b.runs) };
      if (b.kind === 'bullets' || b.kind === 'numberedList') return { ...b, items: b.items.map(canonicalRuns) };
      return b;
    }),
  };
}

describe('sectionToText', () => {
  it('writes paragraphs separated by blank lines, with markers for the other kinds of block', () => {
    const text = sectionToText(
      section(
        { kind: 'numbered', runs: md('Ms X complained that the **Council** did *not* review her care.') },
        { kind: 'subheading', text: 'The care plan' },
        { kind: 'paragraph', runs: md('An unnumbered note.') },
        { kind: 'bullets', items: [md('first'), md('second')] },
        { kind: 'numberedList', items: [md('apologise'), md('pay £500')] },
        table,
      ),
    );
    expect(text).toBe(
      [
        'Ms X complained that the **Council** did *not* review her care.',
        '## The care plan',
        '> An unnumbered note.',
        '- first\n- second',
        'a) apologise\nb) pay £500',
        '[Table 1: Period | Amount — shown in the preview; regenerate the section to change it]',
      ].join('\n\n'),
    );
  });

  it('escapes literal asterisks and text that would read as a marker', () => {
    const text = sectionToText(section({ kind: 'numbered', runs: [{ text: '- 5 * 3\n## not a heading' }] }));
    expect(text).toBe('\\- 5 \\* 3\n\\## not a heading');
  });
});

describe('textToSection', () => {
  it('reads what an investigator types: paragraphs numbered by default, emphasis, lists, subheadings', () => {
    const parsed = textToSection(
      'First paragraph with **bold** text.\nA hard line break.\n\n## Background\n\n> Not numbered.\n\n- one\n- two\ncontinued\n\na. act\nb. pay',
      section(),
    );
    expect(parsed).toEqual({
      id: 'findings',
      heading: 'What I found',
      blocks: [
        {
          kind: 'numbered',
          runs: [
            { text: 'First paragraph with ' },
            { text: 'bold', bold: true },
            { text: ' text.\nA hard line break.' },
          ],
        },
        { kind: 'subheading', text: 'Background' },
        { kind: 'paragraph', runs: [{ text: 'Not numbered.' }] },
        { kind: 'bullets', items: [[{ text: 'one' }], [{ text: 'two\ncontinued' }]] },
        { kind: 'numberedList', items: [[{ text: 'act' }], [{ text: 'pay' }]] },
      ],
    });
  });

  it('brings a table back from its line, and drops it when the line is deleted', () => {
    const original = section({ kind: 'numbered', runs: md('Before.') }, table, {
      kind: 'numbered',
      runs: md('After.'),
    });
    const text = sectionToText(original);
    expect(textToSection(text, original)).toEqual(original);
    const withoutTable = textToSection(text.replace(/\[Table 1[^\]]*\]\n\n/, ''), original);
    expect(withoutTable.blocks.map((b) => b.kind)).toEqual(['numbered', 'numbered']);
  });

  it('takes a new heading when one is given', () => {
    expect(textToSection('Text.', section(), 'Findings').heading).toBe('Findings');
  });

  it('ignores Windows line ends and extra blank lines', () => {
    expect(textToSection('One.\r\n\r\n\r\nTwo.', section()).blocks).toEqual([
      { kind: 'numbered', runs: [{ text: 'One.' }] },
      { kind: 'numbered', runs: [{ text: 'Two.' }] },
    ]);
  });
});

describe('the round trip', () => {
  // Words, punctuation that means something in the markup, and line breaks inside a text.
  const word = fc.constantFrom(
    'Ms',
    'X',
    'care',
    '£1,288.00',
    '*',
    '**',
    '-',
    '##',
    '>',
    'a.',
    'b)',
    '[Table',
    '1]',
    '\\',
  );
  const text = fc
    .array(fc.tuple(word, fc.constantFrom(' ', ' ', '\n')), { minLength: 1, maxLength: 8 })
    .map((parts) =>
      parts
        .map(([w, sep]) => w + sep)
        .join('')
        .trimEnd(),
    )
    .filter((t) => t.trim() !== '' && !t.startsWith(' ') && !/\n\s*\n|\n\s|\s\n/.test(t) && !/\\$|\\\*/.test(t));
  const run = fc.record({ text, bold: fc.boolean(), italic: fc.boolean() }).map((r) => ({
    text: r.text,
    ...(r.bold ? { bold: true } : {}),
    ...(r.italic ? { italic: true } : {}),
  }));
  const runs = fc
    .array(run, { minLength: 1, maxLength: 3 })
    .map((rs) => rs.map((r, i) => ({ ...r, text: i > 0 ? ` ${r.text}` : r.text })));
  const block: fc.Arbitrary<LetterBlock> = fc.oneof(
    runs.map((r) => ({ kind: 'numbered' as const, runs: r })),
    runs.map((r) => ({ kind: 'paragraph' as const, runs: r })),
    fc.constantFrom('Background', 'What I found', 'Remedy').map((t) => ({ kind: 'subheading' as const, text: t })),
    fc.array(runs, { minLength: 1, maxLength: 3 }).map((items) => ({ kind: 'bullets' as const, items })),
    fc.array(runs, { minLength: 1, maxLength: 3 }).map((items) => ({ kind: 'numberedList' as const, items })),
  );

  it('gives back the section it was given (emphasis, escapes and line breaks included)', () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 6 }), (blocks) => {
        // Two lists of one kind in a row are one list once written out.
        const merged = blocks.filter(
          (b, i) => !(i > 0 && (b.kind === 'bullets' || b.kind === 'numberedList') && blocks[i - 1]!.kind === b.kind),
        );
        const original = canonical(section(...merged));
        expect(canonical(textToSection(sectionToText(original), original))).toEqual(original);
      }),
      { numRuns: 300 },
    );
  });

  it('writes emphasis as toggles, so a change of emphasis mid-sentence reads back the same', () => {
    const runs: Inline = [
      { text: 'a', bold: true },
      { text: 'b', bold: true, italic: true },
      { text: 'c', italic: true },
    ];
    expect(runsToMarkup(runs)).toBe('**a*b**c*');
    expect(md(runsToMarkup(runs))).toEqual(runs);
  });
});

describe('diffLines', () => {
  it('marks the lines removed and added between the saved and the regenerated text', () => {
    expect(diffLines('one\ntwo\nthree', 'one\n2\nthree\nfour')).toEqual([
      { kind: 'same', text: 'one' },
      { kind: 'removed', text: 'two' },
      { kind: 'added', text: '2' },
      { kind: 'same', text: 'three' },
      { kind: 'added', text: 'four' },
    ]);
  });

  it('finds nothing to change in identical texts', () => {
    expect(diffLines('a\nb', 'a\nb').every((l) => l.kind === 'same')).toBe(true);
  });
});
