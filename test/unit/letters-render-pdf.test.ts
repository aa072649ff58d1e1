import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Letter } from '../../shared/letters/model';
import { renderLetterPdf, type LetterFonts } from '../../shared/letters/render-pdf';
import { buildSampleLetter } from '../../shared/letters/sample-letter';

const ttf = path.join(path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const fonts: LetterFonts = {
  regular: new Uint8Array(readFileSync(path.join(ttf, 'DejaVuSans.ttf'))),
  bold: new Uint8Array(readFileSync(path.join(ttf, 'DejaVuSans-Bold.ttf'))),
  italic: new Uint8Array(readFileSync(path.join(ttf, 'DejaVuSans-Oblique.ttf'))),
  boldItalic: new Uint8Array(readFileSync(path.join(ttf, 'DejaVuSans-BoldOblique.ttf'))),
};

const dir = mkdtempSync(path.join(tmpdir(), 'letter-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const MM = 72 / 25.4;

interface Rendered {
  letter: Letter;
  pageCount: number;
  /** pdftotext -layout output, one string per page. */
  pages: string[];
  file: string;
}

async function render(name: string, letter: Letter): Promise<Rendered> {
  const bytes = await renderLetterPdf(letter, fonts);
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  const pageCount = (await PDFDocument.load(bytes)).getPageCount();
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  return { letter, pageCount, pages: text.split('\f').slice(0, pageCount), file };
}

interface Word {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

function words(file: string): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const out: Word[] = [];
  html
    .split('<page ')
    .slice(1)
    .forEach((page, index) => {
      for (const m of page.matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
      )) {
        out.push({ page: index + 1, text: m[5]!, xMin: +m[1]!, yMin: +m[2]!, xMax: +m[3]!, yMax: +m[4]! });
      }
    });
  return out;
}

let long: Rendered;
let draft: Rendered;
let longWords: Word[];

beforeAll(async () => {
  long = await render('long', buildSampleLetter({ paragraphs: 64, tableRows: 45 }));
  longWords = words(long.file);
  draft = await render('draft', buildSampleLetter({ paragraphs: 6, tableRows: 40, draft: true }));
});

describe('renderLetterPdf', () => {
  it('prints every heading, in order', () => {
    const text = long.pages.join('\n');
    const headings = long.letter.sections.flatMap((s) => [
      s.heading,
      ...s.blocks.flatMap((b) => (b.kind === 'subheading' ? [b.text] : [])),
    ]);
    expect(headings.length).toBeGreaterThanOrEqual(10);
    let from = 0;
    for (const heading of headings) {
      const at = text.indexOf(heading, from);
      expect(at, `heading "${heading}" after offset ${from}`).toBeGreaterThan(-1);
      from = at + heading.length;
    }
  });

  it('numbers paragraphs 1, 2, 3… continuing across sections', () => {
    const numbers = long.pages
      .join('\n')
      .split('\n')
      .flatMap((line) => {
        const m = /^\s{0,2}(\d+)\.\s{2,}\S/.exec(line);
        return m ? [Number(m[1])] : [];
      });
    expect(numbers).toEqual(Array.from({ length: 64 }, (_, i) => i + 1));
  });

  it('puts "Page X of Y" and the reference on every page', () => {
    expect(long.pageCount).toBeGreaterThanOrEqual(6);
    long.pages.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} of ${long.pageCount}`);
      expect(page).toContain('Reference: 19 016 759a');
    });
  });

  it('renders names outside Latin-1 as written', () => {
    expect(long.pages[long.pageCount - 1]).toContain('Siobhán Wiśniewska');
    expect(long.pages[0]).toContain('15 January 2022');
  });

  it('splits the long table by row over pages, repeating its header row', () => {
    const withHeader = long.pages.filter((p) => /Date\s+What happened\s+Body\s+Cost/.test(p));
    expect(withHeader.length).toBeGreaterThanOrEqual(2);
    const dates = long.pages.join('\n').match(/\b\d{2}\/0\d\/2019\b/g) ?? [];
    expect(dates).toHaveLength(45);
    // The money column is right-aligned: every amount in it ends at the same x.
    const amounts = longWords.filter((w) => /^£[\d,]+\.\d\d$/.test(w.text) && w.xMin > 150 * MM);
    expect(amounts).toHaveLength(45);
    expect(new Set(amounts.map((w) => Math.round(w.xMax))).size).toBe(1);
  });

  it('never leaves a heading as the last thing on a page', () => {
    const headings = new Set(
      long.letter.sections.flatMap((s) => [
        s.heading,
        ...s.blocks.flatMap((b) => (b.kind === 'subheading' ? [b.text] : [])),
      ]),
    );
    for (const page of long.pages) {
      const lines = page
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !/^Page \d+ of \d+$/.test(l));
      expect(headings.has(lines[lines.length - 1]!)).toBe(false);
    }
  });

  it('keeps all text inside the margins, without overlaps', () => {
    const pageHeight = 297 * MM;
    const left = 25 * MM - 0.5;
    const right = 185 * MM + 0.5;
    const outside = longWords.filter((w) => {
      const inBody = w.yMin >= 25 * MM - 1 && w.yMax <= pageHeight - 25 * MM + 1;
      const inRunningHeader = w.yMax < 18 * MM;
      const inFooter = w.yMin > pageHeight - 18 * MM;
      return w.xMin < left || w.xMax > right || !(inBody || inRunningHeader || inFooter);
    });
    expect(outside).toEqual([]);
    const overlaps: string[] = [];
    for (let page = 1; page <= long.pageCount; page++) {
      const onPage = longWords.filter((w) => w.page === page);
      for (let i = 0; i < onPage.length; i++) {
        for (let j = i + 1; j < onPage.length; j++) {
          const a = onPage[i]!;
          const b = onPage[j]!;
          const dx = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
          const dy = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
          if (dx > 0.5 && dy > 2) overlaps.push(`"${a.text}" / "${b.text}" on page ${page}`);
        }
      }
    }
    expect(overlaps).toEqual([]);
    expect(longWords.length).toBeGreaterThan(3000);
  });

  it('marks every page of a draft, without the watermark garbling the text', () => {
    expect(draft.pageCount).toBeGreaterThanOrEqual(2);
    for (const page of draft.pages) expect(page).toContain('DRAFT – not for publication');
    expect(draft.pages.join('\n')).toMatch(/1\.\s+\S.*\n\s+\S/);
    expect(long.pages.join('\n')).not.toContain('DRAFT');
  });

  it('prints pasted text with Windows line ends, control characters and an overlong word', async () => {
    const letter: Letter = {
      ...buildSampleLetter({ paragraphs: 1, tableRows: 1 }),
      sections: [
        {
          id: 'odd',
          heading: 'Pasted\u0007 text',
          blocks: [
            { kind: 'numbered', runs: [{ text: 'First line\r\nsecond line\u0000 and 漢字 and 🙂.' }] },
            { kind: 'paragraph', runs: [{ text: `See https://example.org/${'x'.repeat(300)} for more.` }] },
          ],
        },
      ],
    };
    const odd = await render('odd', letter);
    const text = odd.pages.join('\n');
    expect(text).toContain('Pasted text');
    expect(text).toMatch(/First line\s*\n\s*second line and/);
    expect(text).toContain('for more.');
    expect(words(odd.file).every((w) => w.xMax <= 185 * MM + 0.5)).toBe(true);
  });
});
