// The letter document model: plain JSON (edits are stored), independent of S117 and of any
// output format. Both renderers and the anonymiser work on this and nothing else.
import { z } from 'zod';
import { isCalendarDate } from '../dates/calendar-date';

export const inlineRunSchema = z.strictObject({
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
});
/** A stretch of text with one emphasis. `\n` inside `text` is a hard line break. */
export type InlineRun = z.infer<typeof inlineRunSchema>;
/** A line of mixed emphasis: a paragraph body, a list item, a table cell. */
export type Inline = InlineRun[];

const inline = z.array(inlineRunSchema);

export const letterBlockSchema = z.discriminatedUnion('kind', [
  /** Numbered paragraph: its number continues across sections, as in decision statements. */
  z.strictObject({ kind: z.literal('numbered'), runs: inline }),
  z.strictObject({ kind: z.literal('paragraph'), runs: inline }),
  z.strictObject({ kind: z.literal('subheading'), text: z.string() }),
  z.strictObject({ kind: z.literal('bullets'), items: z.array(inline) }),
  /** Items are lettered a, b, c… so they are never mistaken for paragraph numbers. */
  z.strictObject({ kind: z.literal('numberedList'), items: z.array(inline) }),
  z.strictObject({
    kind: z.literal('table'),
    header: z.array(inline).min(1),
    rows: z.array(z.array(inline)),
    /** Relative widths (any positive numbers); absent = sized to the content. */
    columnWidths: z.array(z.number().positive()).optional(),
    /** Per column; money columns read better right-aligned. */
    align: z.array(z.enum(['left', 'right'])).optional(),
  }),
]);
export type LetterBlock = z.infer<typeof letterBlockSchema>;
export type LetterBlockKind = LetterBlock['kind'];
export type TableBlock = Extract<LetterBlock, { kind: 'table' }>;

export const letterSectionSchema = z.strictObject({
  id: z.string().min(1),
  heading: z.string(),
  blocks: z.array(letterBlockSchema),
});
export type LetterSection = z.infer<typeof letterSectionSchema>;

export const letterHeaderSchema = z.strictObject({
  /** "Local Government and Social Care Ombudsman", or both bodies for a joint decision. */
  body: z.string(),
  /** "19 016 759", or "19 016 759a and 19 016 759b" for a joint case. */
  reference: z.string(),
  category: z.string(),
  /** "Upheld: fault and injustice", "Not upheld: no fault"… */
  decision: z.string(),
  /** A joint decision: one line per body, under its own reference (21 004 512a, 21 004 512b). */
  decisions: z
    .array(z.strictObject({ org: z.string(), reference: z.string(), body: z.string(), decision: z.string() }))
    .optional(),
  date: z.string().refine(isCalendarDate, { message: 'must be a calendar date YYYY-MM-DD' }),
  /** Marks every page DRAFT (a draft decision goes to the parties for comment first). */
  draft: z.boolean().optional(),
  /** Optional title line, e.g. "Final decision" or "Draft decision". */
  title: z.string().optional(),
});
export type LetterHeader = z.infer<typeof letterHeaderSchema>;

export const letterSignatureSchema = z.strictObject({
  /** "Investigator's decision on behalf of the Ombudsmen". */
  role: z.string(),
  name: z.string(),
});
export type LetterSignature = z.infer<typeof letterSignatureSchema>;

export const letterSchema = z.strictObject({
  header: letterHeaderSchema,
  sections: z.array(letterSectionSchema),
  signature: letterSignatureSchema,
});
export type Letter = z.infer<typeof letterSchema>;

/** Parses stored JSON (an edited letter) back into a Letter, or throws with the zod issues. */
export function parseLetter(value: unknown): Letter {
  return letterSchema.parse(value);
}

/** The text of a line of runs, emphasis dropped. */
export function inlineText(runs: Inline): string {
  return runs.map((r) => r.text).join('');
}

/**
 * Runs from light markup: `**bold**`, `*italic*`, `***both***`. Templates and tests write
 * paragraphs this way; a literal asterisk is written `\*`.
 */
export function md(source: string): Inline {
  const runs: InlineRun[] = [];
  let bold = false;
  let italic = false;
  let text = '';
  const flush = () => {
    if (text) runs.push({ text, ...(bold ? { bold: true } : {}), ...(italic ? { italic: true } : {}) });
    text = '';
  };
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\' && source[i + 1] === '*') {
      text += '*';
      i++;
    } else if (ch === '*') {
      flush();
      if (source.startsWith('***', i)) {
        bold = !bold;
        italic = !italic;
        i += 2;
      } else if (source.startsWith('**', i)) {
        bold = !bold;
        i += 1;
      } else {
        italic = !italic;
      }
    } else {
      text += ch;
    }
  }
  flush();
  return runs;
}

/** Where a block sits: its section, and its paragraph number when it is a numbered paragraph. */
export interface BlockPosition {
  sectionIndex: number;
  blockIndex: number;
  /** The number of the numbered paragraph, or of the last one before this block (0 = none yet). */
  paragraphNumber: number;
  isNumbered: boolean;
}

/** Walks every block in reading order with the continuous paragraph numbering both renderers use. */
export function* eachBlock(letter: Letter): Generator<[LetterBlock, BlockPosition, LetterSection]> {
  let paragraphNumber = 0;
  for (const [sectionIndex, section] of letter.sections.entries()) {
    for (const [blockIndex, block] of section.blocks.entries()) {
      const isNumbered = block.kind === 'numbered';
      if (isNumbered) paragraphNumber++;
      yield [block, { sectionIndex, blockIndex, paragraphNumber, isNumbered }, section];
    }
  }
}

/** "a", "b", … "z", "aa", "ab"… for lettered list items. */
export function listLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(97 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * Text as renderers should print it: Windows and old Mac line ends become `\n`, and control
 * characters (which make DOCX XML invalid and print as empty boxes in a PDF) are dropped.
 */
export function printableText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
}

/** The letter with every string made printable (see `printableText`); both renderers start here. */
export function printableLetter(letter: Letter): Letter {
  return JSON.parse(JSON.stringify(letter), (_key, value: unknown) =>
    typeof value === 'string' ? printableText(value) : value,
  ) as Letter;
}
