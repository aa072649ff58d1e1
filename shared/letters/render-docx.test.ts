import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { md, type Letter } from './model';
import { renderLetterDocx } from './render-docx';
import { buildSampleLetter } from './sample-letter';
import { unescapeXml } from './unescape-xml';

interface DocxParts {
  document: string;
  numbering: string;
  headers: string;
  footers: string;
}

interface WordParagraph {
  style: string | null;
  numId: string | null;
  text: string;
}

function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescapeXml(m[1]!)).join('');
}

function paragraphs(documentXml: string): WordParagraph[] {
  return [...documentXml.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)].map((m) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(m[1]!)?.[1] ?? null,
    numId: /<w:numId w:val="(\d+)"/.exec(m[1]!)?.[1] ?? null,
    text: textOf(m[1]!),
  }));
}

async function unpack(letter: Letter): Promise<DocxParts> {
  const files = unzipSync(await renderLetterDocx(letter));
  const pick = (re: RegExp) =>
    Object.entries(files)
      .filter(([name]) => re.test(name))
      .map(([, bytes]) => strFromU8(bytes))
      .join('\n');
  return {
    document: pick(/^word\/document\.xml$/),
    numbering: pick(/^word\/numbering\.xml$/),
    headers: pick(/^word\/header\d*\.xml$/),
    footers: pick(/^word\/footer\d*\.xml$/),
  };
}

let letter: Letter;
let docx: DocxParts;
let paras: WordParagraph[];

beforeAll(async () => {
  letter = buildSampleLetter({ paragraphs: 64, tableRows: 45 });
  docx = await unpack(letter);
  paras = paragraphs(docx.document);
});

describe('renderLetterDocx', () => {
  it('gives section headings Heading 1 and subheadings Heading 2, in order', () => {
    expect(paras.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual(
      letter.sections.map((s) => s.heading),
    );
    expect(paras.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual(
      letter.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'subheading' ? [b.text] : []))),
    );
  });

  it('numbers every numbered paragraph from one decimal list, so numbering runs on across sections', () => {
    const numbered = letter.sections.flatMap((s) => s.blocks.filter((b) => b.kind === 'numbered'));
    const first = numbered[0]!;
    const firstText = first.kind === 'numbered' ? first.runs.map((r) => r.text).join('') : '';
    const numId = paras.find((p) => p.text === firstText)?.numId;
    expect(numId).toBeTruthy();
    const inList = paras.filter((p) => p.numId === numId);
    expect(inList).toHaveLength(64);
    expect(inList.every((p) => p.style !== 'Heading1')).toBe(true);

    const num = new RegExp(`<w:num w:numId="${numId}"[^>]*>([\\s\\S]*?)</w:num>`).exec(docx.numbering)![1]!;
    // One list instance for all of them: at most a start at 1, never a restart part-way.
    expect([...num.matchAll(/startOverride w:val="(\d+)"/g)].every((m) => m[1] === '1')).toBe(true);
    const abstractId = /<w:abstractNumId w:val="(\d+)"/.exec(num)![1];
    const abstract = new RegExp(`<w:abstractNum w:abstractNumId="${abstractId}"[\\s\\S]*?</w:abstractNum>`).exec(
      docx.numbering,
    )![0];
    expect(abstract).toContain('<w:numFmt w:val="decimal"/>');
    expect(abstract).toContain('<w:lvlText w:val="%1."/>');
  });

  it('writes bullets and lettered lists as lists of their own', () => {
    const bullet = paras.find((p) => p.text.startsWith('the Mental Health Act 1983, section 117'));
    const lettered = paras.find((p) => p.text.startsWith('apologise to Ms X'));
    const numberedId = paras.find((p) => p.text.startsWith('Ms X was detained'))?.numId;
    expect(bullet?.numId).toBeTruthy();
    expect(lettered?.numId).toBeTruthy();
    expect(new Set([bullet?.numId, lettered?.numId, numberedId]).size).toBe(3);
  });

  it('writes the table with a repeating header row and every row', () => {
    const tables = docx.document.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
    expect(tables).toHaveLength(1);
    const rows = tables[0]!.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? [];
    expect(rows).toHaveLength(46);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(textOf(rows[0]!)).toBe('DateWhat happenedBodyCost');
    expect(rows.slice(1).every((r) => !r.includes('<w:tblHeader/>'))).toBe(true);
    expect(tables[0]).toMatch(/<w:gridCol w:w="\d+"\/>/);
  });

  it('keeps emphasis and Unicode names', () => {
    expect(docx.document).toContain('Siobhán Wiśniewska');
    expect(docx.document).toMatch(/<w:b\/>[\s\S]{0,80}<w:t xml:space="preserve">section 117<\/w:t>/);
    expect(docx.document).toMatch(/<w:i\/>[\s\S]{0,80}<w:t xml:space="preserve">fault<\/w:t>/);
  });

  it('puts the reference in the header and "Page X of Y" fields in the footer', () => {
    expect(textOf(docx.headers)).toContain('Reference: 19 016 759a');
    expect(textOf(docx.headers)).not.toContain('DRAFT');
    expect(docx.footers).toMatch(/PAGE/);
    expect(docx.footers).toMatch(/NUMPAGES/);
    expect(textOf(docx.footers)).toMatch(/Page.*of/);
  });

  it('marks a draft in the header', async () => {
    const draft = await unpack({
      ...letter,
      header: { ...letter.header, draft: true },
      sections: [{ id: 's', heading: 'Summary', blocks: [{ kind: 'numbered', runs: md('Short.') }] }],
    });
    expect(textOf(draft.headers)).toContain('DRAFT');
  });

  it('drops control characters that would make the XML invalid', async () => {
    const odd = await unpack({
      ...letter,
      sections: [
        { id: 's', heading: 'Bell\u0007', blocks: [{ kind: 'paragraph', runs: [{ text: 'a\u0000b\r\nc' }] }] },
      ],
    });
    // eslint-disable-next-line no-control-regex
    expect(odd.document).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(textOf(odd.document)).toContain('Bell');
    expect(odd.document).toMatch(/ab<\/w:t>[\s\S]*<w:br\/>[\s\S]*c<\/w:t>/);
  });
});
