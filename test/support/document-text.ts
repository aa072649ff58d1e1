// What an exported letter says, for tests: a PDF's pages through pdftotext (with its page count
// from pdfinfo), the body text as one line, and a DOCX's paragraphs with their style and numbering.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { unescapeXml } from '../../shared/letters/unescape-xml';

/** Writes the PDF into `dir` as `name`.pdf and reads its text back, page by page. */
export function pdfText(bytes: Uint8Array, dir: string, name: string): { pages: string[]; pageCount: number } {
  const path = join(dir, `${name}.pdf`);
  writeFileSync(path, bytes);
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const pages = text.split('\f').filter((p, i, all) => i < all.length - 1 || p.trim() !== '');
  return { pages, pageCount: Number(/Pages:\s+(\d+)/.exec(info)![1]) };
}

/** Body text as one line: running headers and footers dropped, whitespace collapsed. */
export function flowText(pages: string[]): string {
  return pages
    .map((page) =>
      page
        .split('\n')
        .filter(
          (line) => !/Page \d+ of \d+/.test(line) && !/^(\s{20,}|DRAFT – not for publication\s+)Reference:/.test(line),
        )
        .join('\n'),
    )
    .join('\n')
    .replace(/\s+/g, ' ');
}

export interface WordParagraph {
  style: string | null;
  numId: string | null;
  text: string;
}

export function docxParagraphs(bytes: Uint8Array): WordParagraph[] {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
  return [...xml.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)].map((m) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(m[1]!)?.[1] ?? null,
    numId: /<w:numId w:val="(\d+)"/.exec(m[1]!)?.[1] ?? null,
    text: [...m[1]!.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => unescapeXml(t[1]!)).join(''),
  }));
}
