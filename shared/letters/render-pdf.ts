// Renders a Letter to an A4 PDF with pdf-lib, embedding the caller's Unicode fonts (DejaVu Sans)
// so every name prints as written. Pure: font bytes come in, PDF bytes go out.
import { PDFDocument, degrees, grayscale, type PDFFont, type PDFPage } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import { formatLongDate } from '../dates/calendar-date';
import { listLetter, printableLetter, type Inline, type Letter, type TableBlock } from './model';
import { letterHeaderFields } from './header-fields';
import { paginate, type DrawOp, type FlowBlock, type FlowUnit } from './pdf-paginate';
import { naturalWidths, wrapInline, type FontKey, type Measure, type TextLine } from './pdf-text-layout';
import { tableColumnWidths } from './table-columns';
import { watermarkOutline, type WatermarkOutline } from './pdf-watermark';

export interface LetterFonts {
  regular: Uint8Array;
  bold: Uint8Array;
  italic: Uint8Array;
  boldItalic: Uint8Array;
}

const MM = 72 / 25.4;
const PAGE_WIDTH = 210 * MM;
const PAGE_HEIGHT = 297 * MM;
const MARGIN = 25 * MM;
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;

const BODY = { size: 11, leading: 15.4 };
const TABLE = { size: 9.5, leading: 12.5, padding: 4 };
const HEADING = { size: 14, leading: 18 };
const SUBHEADING = { size: 11.5, leading: 15.4 };
const NUMBER_INDENT = 30;
const LIST_INDENT = 18;
const TEXT_GREY = 0.1;

/** Baseline of a line drawn in a box of `leading` whose top is `top`. */
function baseline(top: number, leading: number, size: number): number {
  return top - (leading - size) / 2 - size * 0.8;
}

function textOps(line: TextLine, x: number, top: number, size: number, leading: number): DrawOp[] {
  const y = baseline(top, leading, size);
  return line.segments.map((s) => ({ kind: 'text', x: x + s.x, y, text: s.text, font: s.font, size, grey: TEXT_GREY }));
}

function lineUnits(lines: TextLine[], x: number, size: number, leading: number): FlowUnit[] {
  return lines.map((line) => ({ height: leading, draw: (top) => textOps(line, x, top, size, leading) }));
}

class LetterLayout {
  constructor(private readonly measure: Measure) {}

  wrap(runs: Inline, width: number, size: number, bold = false): TextLine[] {
    return wrapInline(runs, width, size, this.measure, { bold });
  }

  headerBlock(letter: Letter): FlowBlock[] {
    const { header } = letter;
    const blocks: FlowBlock[] = [];
    const bodyLines = this.wrap([{ text: header.body, bold: true }], CONTENT_WIDTH, 15);
    const units: FlowUnit[] = lineUnits(bodyLines, MARGIN, 15, 20);
    if (header.title) units.push(...lineUnits(this.wrap([{ text: header.title }], CONTENT_WIDTH, 13), MARGIN, 13, 20));
    blocks.push({ units, spaceBefore: 0, keepTogether: true });

    const labelWidth = 80;
    const fieldUnits: FlowUnit[] = [];
    for (const [label, value] of letterHeaderFields(header, formatLongDate)) {
      const valueLines = this.wrap([{ text: value }], CONTENT_WIDTH - labelWidth, BODY.size);
      valueLines.forEach((line, i) => {
        fieldUnits.push({
          height: BODY.leading,
          draw: (top) => [
            ...(i === 0 && label
              ? textOps(
                  { segments: [{ x: 0, text: `${label}:`, font: 'bold' }], width: 0 },
                  MARGIN,
                  top,
                  BODY.size,
                  BODY.leading,
                )
              : []),
            ...textOps(line, MARGIN + labelWidth, top, BODY.size, BODY.leading),
          ],
        });
      });
    }
    fieldUnits.push({
      height: 8,
      draw: (top) => [
        { kind: 'line', x1: MARGIN, y1: top - 6, x2: PAGE_WIDTH - MARGIN, y2: top - 6, thickness: 0.75, grey: 0.4 },
      ],
    });
    blocks.push({ units: fieldUnits, spaceBefore: 10, keepTogether: true });
    return blocks;
  }

  heading(text: string, size: number, leading: number, spaceBefore: number): FlowBlock {
    const units = lineUnits(this.wrap([{ text }], CONTENT_WIDTH, size, true), MARGIN, size, leading);
    return { units, spaceBefore, keepWithNext: true, keepTogether: true };
  }

  numbered(runs: Inline, number: number): FlowBlock {
    const lines = this.wrap(runs, CONTENT_WIDTH - NUMBER_INDENT, BODY.size);
    const units = lineUnits(lines, MARGIN + NUMBER_INDENT, BODY.size, BODY.leading);
    const first = units[0]!;
    const label = { segments: [{ x: 0, text: `${number}.`, font: 'regular' as FontKey }], width: 0 };
    units[0] = {
      height: first.height,
      draw: (top) => [...textOps(label, MARGIN, top, BODY.size, BODY.leading), ...first.draw(top)],
    };
    return { units, spaceBefore: 8, minFirst: 2, minLast: 2 };
  }

  paragraph(runs: Inline): FlowBlock {
    const lines = this.wrap(runs, CONTENT_WIDTH, BODY.size);
    return { units: lineUnits(lines, MARGIN, BODY.size, BODY.leading), spaceBefore: 8, minFirst: 2, minLast: 2 };
  }

  list(items: Inline[], marker: (index: number) => string): FlowBlock {
    const units: FlowUnit[] = [];
    const x = MARGIN + NUMBER_INDENT + LIST_INDENT;
    items.forEach((item, index) => {
      const lines = this.wrap(item, PAGE_WIDTH - MARGIN - x, BODY.size);
      const gap = index === 0 ? 0 : 3;
      lines.forEach((line, i) => {
        const label = { segments: [{ x: 0, text: marker(index), font: 'regular' as FontKey }], width: 0 };
        units.push({
          height: BODY.leading + (i === 0 ? gap : 0),
          draw: (top) => {
            const lineTop = top - (i === 0 ? gap : 0);
            const ops = textOps(line, x, lineTop, BODY.size, BODY.leading);
            if (i === 0) ops.push(...textOps(label, MARGIN + NUMBER_INDENT, lineTop, BODY.size, BODY.leading));
            return ops;
          },
        });
      });
    });
    return { units, spaceBefore: 6, minFirst: 2, minLast: 2 };
  }

  table(table: TableBlock): FlowBlock {
    const { size, leading, padding } = TABLE;
    const columns = tableColumnWidths(
      table,
      CONTENT_WIDTH,
      (cell) => naturalWidths(cell, size, this.measure),
      2 * padding + 1,
    );
    const lefts = columns.map((_, i) => MARGIN + columns.slice(0, i).reduce((a, b) => a + b, 0));
    const align = (c: number) => table.align?.[c] ?? 'left';

    const layRow = (cells: Inline[], bold: boolean): TextLine[][] =>
      columns.map((w, c) => this.wrap(cells[c] ?? [], w - 2 * padding, size, bold));

    const rowUnit = (cellLines: TextLine[][], isHeader: boolean): FlowUnit => {
      const height = Math.max(1, ...cellLines.map((l) => l.length)) * leading + 2 * padding;
      return {
        height,
        draw: (top) => {
          const ops: DrawOp[] = [];
          const right = MARGIN + CONTENT_WIDTH;
          if (isHeader) ops.push({ kind: 'rect', x: MARGIN, y: top - height, width: CONTENT_WIDTH, height, grey: 0.9 });
          cellLines.forEach((lines, c) => {
            const left = lefts[c]!;
            const width = columns[c]!;
            lines.forEach((line, i) => {
              const x = align(c) === 'right' ? left + width - padding - line.width : left + padding;
              ops.push(...textOps(line, x, top - padding - i * leading, size, leading));
            });
          });
          const rule = (x1: number, y1: number, x2: number, y2: number): DrawOp => ({
            kind: 'line',
            x1,
            y1,
            x2,
            y2,
            thickness: 0.5,
            grey: 0.45,
          });
          ops.push(rule(MARGIN, top, right, top), rule(MARGIN, top - height, right, top - height));
          for (const x of [...lefts, right]) ops.push(rule(x, top, x, top - height));
          return ops;
        },
      };
    };

    const header = rowUnit(layRow(table.header, true), true);
    // A row taller than a page is cut between lines so nothing runs off the foot.
    const maxRowLines = Math.floor((PAGE_HEIGHT - 2 * MARGIN - header.height - 2 * padding) / leading) - 1;
    const rows: FlowUnit[] = [];
    for (const cells of table.rows) {
      const laid = layRow(cells, false);
      const tallest = Math.max(1, ...laid.map((l) => l.length));
      for (let start = 0; start < tallest; start += maxRowLines) {
        rows.push(
          rowUnit(
            laid.map((l) => l.slice(start, start + maxRowLines)),
            false,
          ),
        );
      }
    }
    return { units: [header, ...rows], spaceBefore: 10, minFirst: 2, repeatOnNewPage: header };
  }

  signature(letter: Letter): FlowBlock {
    const units = [
      ...lineUnits(this.wrap([{ text: letter.signature.name, bold: true }], CONTENT_WIDTH, BODY.size), MARGIN, 11, 16),
      ...lineUnits(this.wrap([{ text: letter.signature.role }], CONTENT_WIDTH, BODY.size), MARGIN, 11, 16),
    ];
    return { units, spaceBefore: 28, keepTogether: true };
  }

  blocks(letter: Letter): FlowBlock[] {
    const blocks = this.headerBlock(letter);
    let paragraphNumber = 0;
    for (const section of letter.sections) {
      if (section.heading) blocks.push(this.heading(section.heading, HEADING.size, HEADING.leading, 18));
      for (const block of section.blocks) {
        switch (block.kind) {
          case 'numbered':
            blocks.push(this.numbered(block.runs, ++paragraphNumber));
            break;
          case 'paragraph':
            blocks.push(this.paragraph(block.runs));
            break;
          case 'subheading':
            blocks.push(this.heading(block.text, SUBHEADING.size, SUBHEADING.leading, 12));
            break;
          case 'bullets':
            blocks.push(this.list(block.items, () => '•'));
            break;
          case 'numberedList':
            blocks.push(this.list(block.items, (i) => `${listLetter(i)})`));
            break;
          case 'table':
            blocks.push(this.table(block));
            break;
        }
      }
    }
    blocks.push(this.signature(letter));
    return blocks;
  }
}

const WATERMARK_DEGREES = 54;

function drawRunningParts(
  page: PDFPage,
  letter: Letter,
  pageNumber: number,
  pageCount: number,
  fonts: FontSet,
  watermark: WatermarkOutline | null,
) {
  const size = 8.5;
  const top = PAGE_HEIGHT - 13 * MM;
  const colour = grayscale(0.35);
  if (watermark) {
    // Centre the rotated word on the page: its middle, turned about its origin, lands at the centre.
    const scale = 120 / watermark.unitsPerEm;
    const angle = (WATERMARK_DEGREES * Math.PI) / 180;
    const midX = (watermark.width * scale) / 2;
    const midY = (watermark.capHeight * scale) / 2;
    page.drawSvgPath(watermark.path, {
      x: PAGE_WIDTH / 2 - (midX * Math.cos(angle) - midY * Math.sin(angle)),
      y: PAGE_HEIGHT / 2 - (midX * Math.sin(angle) + midY * Math.cos(angle)),
      scale,
      rotate: degrees(WATERMARK_DEGREES),
      color: grayscale(0.5),
      opacity: 0.12,
    });
  }
  if (letter.header.draft) {
    page.drawText('DRAFT – not for publication', { x: MARGIN, y: top, size, font: fonts.bold, color: grayscale(0.2) });
  }
  const reference = letter.header.reference ? `Reference: ${letter.header.reference}` : '';
  page.drawText(reference, {
    x: PAGE_WIDTH - MARGIN - fonts.regular.widthOfTextAtSize(reference, size),
    y: top,
    size,
    font: fonts.regular,
    color: colour,
  });
  const footer = `Page ${pageNumber} of ${pageCount}`;
  page.drawText(footer, {
    x: PAGE_WIDTH / 2 - fonts.regular.widthOfTextAtSize(footer, size) / 2,
    y: 12 * MM,
    size,
    font: fonts.regular,
    color: colour,
  });
}

type FontSet = Record<FontKey, PDFFont>;

/** The letter as PDF bytes: A4, 25 mm margins, running reference, "Page X of Y", DRAFT when flagged. */
export async function renderLetterPdf(source: Letter, fonts: LetterFonts): Promise<Uint8Array> {
  const letter = printableLetter(source);
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  pdf.setTitle(`${letter.header.title ?? 'Decision'} ${letter.header.reference}`);
  pdf.setAuthor(letter.header.body);
  pdf.setLanguage('en-GB');
  pdf.setCreator('S117 Workbench');
  pdf.setProducer('S117 Workbench');
  const embedded: FontSet = {
    regular: await pdf.embedFont(fonts.regular, { subset: true }),
    bold: await pdf.embedFont(fonts.bold, { subset: true }),
    italic: await pdf.embedFont(fonts.italic, { subset: true }),
    boldItalic: await pdf.embedFont(fonts.boldItalic, { subset: true }),
  };
  const widths = new Map<string, number>();
  const measure: Measure = (text, font, size) => {
    const key = `${font}\u0000${text}`;
    let perPoint = widths.get(key);
    if (perPoint === undefined) {
      perPoint = embedded[font].widthOfTextAtSize(text, 1000) / 1000;
      widths.set(key, perPoint);
    }
    return perPoint * size;
  };

  const layout = new LetterLayout(measure);
  const pages = paginate(layout.blocks(letter), { top: PAGE_HEIGHT - MARGIN, bottom: MARGIN });

  const watermark = letter.header.draft ? watermarkOutline(fonts.bold, 'DRAFT') : null;
  pages.forEach((ops, index) => {
    const page = pdf.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    drawRunningParts(page, letter, index + 1, pages.length, embedded, watermark);
    for (const op of ops) {
      if (op.kind === 'text') {
        page.drawText(op.text, {
          x: op.x,
          y: op.y,
          size: op.size,
          font: embedded[op.font],
          color: grayscale(op.grey ?? 0),
        });
      } else if (op.kind === 'line') {
        page.drawLine({
          start: { x: op.x1, y: op.y1 },
          end: { x: op.x2, y: op.y2 },
          thickness: op.thickness,
          color: grayscale(op.grey ?? 0),
        });
      } else {
        page.drawRectangle({ x: op.x, y: op.y, width: op.width, height: op.height, color: grayscale(op.grey) });
      }
    }
  });
  return pdf.save();
}
