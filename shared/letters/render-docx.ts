// Renders a Letter to DOCX with the docx package, for the investigator to edit in Word: real
// Heading styles, automatic paragraph numbering that runs on across sections, and page fields.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Tab,
  TabStopType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { formatLongDate } from '../dates/calendar-date';
import { letterHeaderFields } from './header-fields';
import { printableLetter, type Inline, type Letter, type LetterBlock, type TableBlock } from './model';
import { tableColumnWidths } from './table-columns';

const FONT = 'Arial';
const MM = 1440 / 25.4; // twips
const PAGE_WIDTH = 11906;
const PAGE_HEIGHT = 16838;
const MARGIN = Math.round(25 * MM);
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;

const PARAGRAPH_NUMBERING = 'decision-paragraphs';
const LETTERED_LIST = 'lettered-list';
const BULLET_LIST = 'bullet-list';

/** Word runs for a line of inline runs; `\n` becomes a line break inside the paragraph. */
function runs(inline: Inline, overrides: { bold?: boolean; size?: number } = {}): TextRun[] {
  const out: TextRun[] = [];
  for (const run of inline) {
    run.text.split('\n').forEach((text, i) => {
      out.push(
        new TextRun({
          text,
          bold: overrides.bold || run.bold || undefined,
          italics: run.italic || undefined,
          size: overrides.size,
          break: i > 0 ? 1 : undefined,
        }),
      );
    });
  }
  return out;
}

function tableColumnTwips(table: TableBlock): number[] {
  // Word sizes the text itself; here a rough character-count measure only sets the grid's shape.
  const charTwips = 105;
  const widths = tableColumnWidths(
    table,
    CONTENT_WIDTH,
    (cell) => {
      const text = cell.map((r) => r.text).join('');
      const lines = text.split('\n');
      const longestWord = Math.max(0, ...text.split(/\s+/).map((w) => w.length));
      return { max: Math.max(...lines.map((l) => l.length)) * charTwips, minWord: longestWord * charTwips };
    },
    2 * 108,
  );
  const rounded = widths.map((w) => Math.floor(w));
  rounded[rounded.length - 1]! += CONTENT_WIDTH - rounded.reduce((a, b) => a + b, 0);
  return rounded;
}

function table(block: TableBlock): Table {
  const columns = tableColumnTwips(block);
  const border = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
  const borders = { top: border, bottom: border, left: border, right: border };
  const row = (cells: Inline[], isHeader: boolean) =>
    new TableRow({
      tableHeader: isHeader || undefined,
      cantSplit: true,
      children: columns.map(
        (width, c) =>
          new TableCell({
            width: { size: width, type: WidthType.DXA },
            borders,
            shading: isHeader ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E6E6E6' } : undefined,
            margins: { top: 60, bottom: 60, left: 108, right: 108 },
            children: [
              new Paragraph({
                alignment: block.align?.[c] === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
                spacing: { before: 0, after: 0, line: 240 },
                children: runs(cells[c] ?? [], { bold: isHeader, size: 19 }),
              }),
            ],
          }),
      ),
    });
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: columns,
    rows: [row(block.header, true), ...block.rows.map((cells) => row(cells, false))],
  });
}

function blockContent(block: LetterBlock, listInstance: () => number): Array<Paragraph | Table> {
  switch (block.kind) {
    case 'numbered':
      return [
        new Paragraph({
          numbering: { reference: PARAGRAPH_NUMBERING, level: 0, custom: true },
          children: runs(block.runs),
        }),
      ];
    case 'paragraph':
      return [new Paragraph({ children: runs(block.runs) })];
    case 'subheading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(block.text)] })];
    case 'bullets':
      return block.items.map(
        (item) =>
          new Paragraph({
            numbering: { reference: BULLET_LIST, level: 0 },
            spacing: { after: 60 },
            children: runs(item),
          }),
      );
    case 'numberedList': {
      const instance = listInstance();
      return block.items.map(
        (item) =>
          new Paragraph({
            numbering: { reference: LETTERED_LIST, level: 0, instance },
            spacing: { after: 60 },
            children: runs(item),
          }),
      );
    }
    case 'table':
      // An empty paragraph after a table keeps the next table or paragraph from fusing to it.
      return [table(block), new Paragraph({ spacing: { after: 0 }, children: [] })];
  }
}

function headerBlock(letter: Letter): Paragraph[] {
  const { header } = letter;
  const paragraphs = [
    new Paragraph({
      keepNext: true,
      spacing: { after: 60 },
      children: [new TextRun({ text: header.body, bold: true, size: 30 })],
    }),
  ];
  if (header.title) {
    paragraphs.push(
      new Paragraph({
        keepNext: true,
        spacing: { after: 200 },
        children: [new TextRun({ text: header.title, size: 26 })],
      }),
    );
  }
  const fields = letterHeaderFields(header, formatLongDate);
  fields.forEach(([label, value], i) => {
    paragraphs.push(
      new Paragraph({
        tabStops: [{ type: TabStopType.LEFT, position: 1600 }],
        spacing: { after: 0 },
        keepNext: true,
        border:
          i === fields.length - 1
            ? { bottom: { style: BorderStyle.SINGLE, size: 6, color: '666666', space: 6 } }
            : undefined,
        children: [
          new TextRun({ text: label ? `${label}:` : '', bold: true }),
          new TextRun({ children: [new Tab(), value] }),
        ],
      }),
    );
  });
  return paragraphs;
}

function runningHeader(letter: Letter): Header {
  const children: ParagraphChild[] = [];
  if (letter.header.draft) children.push(new TextRun({ text: 'DRAFT – not for publication', bold: true, size: 17 }));
  children.push(
    new TextRun({ children: [new Tab(), `Reference: ${letter.header.reference}`], size: 17, color: '555555' }),
  );
  return new Header({
    children: [new Paragraph({ tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }], children })],
  });
}

function pageFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
            size: 17,
            color: '555555',
          }),
        ],
      }),
    ],
  });
}

function listLevel(
  format: (typeof LevelFormat)[keyof typeof LevelFormat],
  text: string,
  left: number,
  hanging: number,
) {
  return {
    level: 0,
    format,
    text,
    alignment: AlignmentType.START,
    style: { paragraph: { indent: { left, hanging } } },
  };
}

/** Builds the docx Document (exposed for tests that want to inspect it before packing). */
export function buildLetterDocument(source: Letter): Document {
  const letter = printableLetter(source);
  let lists = 0;
  const listInstance = () => ++lists;
  const body: Array<Paragraph | Table> = [...headerBlock(letter)];
  for (const section of letter.sections) {
    if (section.heading) {
      body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(section.heading)] }));
    }
    for (const block of section.blocks) body.push(...blockContent(block, listInstance));
  }
  body.push(
    new Paragraph({
      keepNext: true,
      spacing: { before: 480, after: 0 },
      children: [new TextRun({ text: letter.signature.name, bold: true })],
    }),
    new Paragraph({ children: [new TextRun(letter.signature.role)] }),
  );

  const headingRun = { font: FONT, bold: true, color: '000000' };
  return new Document({
    creator: 'S117 Workbench',
    title: `${letter.header.title ?? 'Decision'} ${letter.header.reference}`,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: 22, language: { value: 'en-GB' } },
          paragraph: { spacing: { after: 160, line: 276 } },
        },
        heading1: {
          run: { ...headingRun, size: 28 },
          paragraph: { spacing: { before: 360, after: 120 }, keepNext: true, keepLines: true },
        },
        heading2: {
          run: { ...headingRun, size: 23 },
          paragraph: { spacing: { before: 240, after: 100 }, keepNext: true, keepLines: true },
        },
      },
    },
    numbering: {
      config: [
        {
          reference: PARAGRAPH_NUMBERING,
          levels: [listLevel(LevelFormat.DECIMAL, '%1.', 567, 567)],
        },
        {
          reference: LETTERED_LIST,
          levels: [listLevel(LevelFormat.LOWER_LETTER, '%1)', 1134, 397)],
        },
        {
          reference: BULLET_LIST,
          levels: [listLevel(LevelFormat.BULLET, '•', 1134, 397)],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE_WIDTH, height: PAGE_HEIGHT },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, header: 567, footer: 567 },
          },
        },
        headers: { default: runningHeader(letter) },
        footers: { default: pageFooter() },
        children: body,
      },
    ],
  });
}

/** The letter as DOCX bytes (A4, 25 mm margins, reference and DRAFT in the header, "Page X of Y"). */
export async function renderLetterDocx(letter: Letter): Promise<Uint8Array> {
  return Packer.pack(buildLetterDocument(letter), 'uint8array');
}
