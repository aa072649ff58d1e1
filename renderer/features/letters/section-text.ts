// A letter section as the editor's plain text, and back. The markup is light and round-trips the
// model: blocks are separated by blank lines; a block is a numbered paragraph unless it starts
// with "> " (unnumbered), "## " (subheading), "- " (bullets) or "a) " (lettered list, "a. " also read); inside text
// **bold** and *italic*; a single line break is a hard break. Tables cannot be edited as text:
// they appear as a "[Table 1 …]" line that brings the original table back when parsed.
import { md, type Inline, type InlineRun, type LetterBlock, type LetterSection } from '../../../shared/letters/model';

const MARKER = /^(?:## |> |- |[a-z]{1,3}[.)] |\[Table \d)/;
const ESCAPED_MARKER = /^\\+(?:## |> |- |[a-z]{1,3}[.)] |\[Table \d)/;
const TABLE_LINE = /^\[Table (\d+)\b[^\]]*\]$/;
const LIST_ITEM = /^([a-z]{1,3})[.)] (.*)$/;

/** Runs as markup: emphasis by toggles, literal asterisks escaped. */
export function runsToMarkup(runs: Inline): string {
  let bold = false;
  let italic = false;
  let out = '';
  for (const run of runs) {
    if (!run.text) continue;
    const toggle = (bold !== !!run.bold ? '**' : '') + (italic !== !!run.italic ? '*' : '');
    out += toggle + run.text.replace(/\n{2,}/g, '\n').replace(/\*/g, '\\*');
    bold = !!run.bold;
    italic = !!run.italic;
  }
  return out + (bold ? '**' : '') + (italic ? '*' : '');
}

/** Lines of markup, each escaped where it would otherwise read as a marker. */
function escapedLines(markup: string): string[] {
  return markup.split('\n').map((line) => (MARKER.test(line) || ESCAPED_MARKER.test(line) ? `\\${line}` : line));
}

function unescapeLine(line: string): string {
  return ESCAPED_MARKER.test(line) ? line.slice(1) : line;
}

function listLabel(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(97 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function itemLines(prefix: string, runs: Inline): string[] {
  const [first = '', ...rest] = runsToMarkup(runs).split('\n');
  // The first line follows the marker, so it cannot itself be read as one.
  return [`${prefix}${first}`, ...escapedLines(rest.join('\n')).slice(0, rest.length)];
}

function tableLabel(block: Extract<LetterBlock, { kind: 'table' }>, n: number): string {
  const columns = block.header
    .map((cell) =>
      cell
        .map((r) => r.text)
        .join('')
        .replace(/[\]\n]/g, ' '),
    )
    .join(' | ');
  return `[Table ${n}: ${columns} — shown in the preview; regenerate the section to change it]`;
}

/** The section body as editable text (the heading is edited on its own). */
export function sectionToText(section: LetterSection): string {
  let tables = 0;
  const blocks = section.blocks.map((block): string => {
    switch (block.kind) {
      case 'numbered':
        return escapedLines(runsToMarkup(block.runs)).join('\n');
      case 'paragraph':
        return itemLines('> ', block.runs).join('\n');
      case 'subheading':
        return `## ${block.text.replace(/\s*\n\s*/g, ' ')}`;
      case 'bullets':
        return block.items.flatMap((item) => itemLines('- ', item)).join('\n');
      case 'numberedList':
        return block.items.flatMap((item, i) => itemLines(`${listLabel(i)}) `, item)).join('\n');
      case 'table':
        tables++;
        return tableLabel(block, tables);
    }
  });
  return blocks.filter((b) => b !== '').join('\n\n');
}

/** A block being read: its lines of markup, escapes already removed. */
type Draft =
  { kind: 'numbered' | 'paragraph'; lines: string[] } | { kind: 'bullets' | 'numberedList'; items: string[][] };

function finish(draft: Draft): LetterBlock {
  const runs = (lines: string[]): InlineRun[] => md(lines.join('\n'));
  if ('lines' in draft) return { kind: draft.kind, runs: runs(draft.lines) };
  return { kind: draft.kind, items: draft.items.map(runs) };
}

/**
 * Parses the editor's text back into the section. `original` supplies the id, the tables (by
 * their "[Table n]" lines) and the heading unless one is given.
 */
export function textToSection(
  text: string,
  original: LetterSection,
  heading: string = original.heading,
): LetterSection {
  const tables = original.blocks.filter((b): b is Extract<LetterBlock, { kind: 'table' }> => b.kind === 'table');
  const blocks: LetterBlock[] = [];
  let draft: Draft | null = null;
  const close = () => {
    if (draft) blocks.push(finish(draft));
    draft = null;
  };
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (line.trim() === '') {
      close();
      continue;
    }
    const table = TABLE_LINE.exec(line.trim());
    if (table && tables[Number(table[1]) - 1]) {
      close();
      blocks.push(tables[Number(table[1]) - 1]!);
      continue;
    }
    if (line.startsWith('## ')) {
      close();
      blocks.push({ kind: 'subheading', text: line.slice(3).trim() });
      continue;
    }
    const current = draft as Draft | null;
    if (line.startsWith('- ')) {
      if (current?.kind === 'bullets') current.items.push([line.slice(2)]);
      else {
        close();
        draft = { kind: 'bullets', items: [[line.slice(2)]] };
      }
      continue;
    }
    const lettered = LIST_ITEM.exec(line);
    if (lettered) {
      if (current?.kind === 'numberedList') current.items.push([lettered[2]!]);
      else {
        close();
        draft = { kind: 'numberedList', items: [[lettered[2]!]] };
      }
      continue;
    }
    if (line.startsWith('> ') && current === null) {
      draft = { kind: 'paragraph', lines: [line.slice(2)] };
      continue;
    }
    // Lines that follow a marker are taken as typed; any other line may carry an escape.
    const plain = unescapeLine(line);
    if (current === null) draft = { kind: 'numbered', lines: [plain] };
    else if ('items' in current) current.items[current.items.length - 1]!.push(plain);
    else current.lines.push(plain);
  }
  close();
  return { id: original.id, heading, blocks };
}
