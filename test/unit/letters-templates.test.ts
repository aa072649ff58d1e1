// Decision-letter templates end to end: built from a fictional case with findings, a remedy and
// agreed actions, rendered to PDF and DOCX, and read back as a reader would (pdftotext, the
// DOCX XML): headings in order, amounts, deadlines, paragraph numbering, pages, anonymisation.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxParagraphs, flowText, pdfText as pdfTextIn, type WordParagraph } from '../support/document-text';
import { AppError } from '../../electron/errors';
import { exportLetter } from '../../electron/letters/export-letter';
import { letterInputForFile } from '../../electron/letters/letter-input';
import { letterParties } from '../../shared/letters/letter-parties';
import { readCaseFileText } from '../../shared/casefile/read';
import type { CaseFile } from '../../shared/casefile/schema';
import { formatLongDate } from '../../shared/dates/calendar-date';
import { computeDeadlines } from '../../shared/remedies';
import { chronologyLetter } from '../../shared/letters/chronology-table';
import { anonymiseLetter } from '../../shared/letters/anonymise';
import { findRealNames } from '../../shared/letters/find-real-names';
import { eachBlock, letterSchema, type Letter } from '../../shared/letters/model';
import {
  buildLetter,
  buildSection,
  commentsDue,
  type LetterInput,
  type TemplateId,
} from '../../shared/letters/templates';
import { eventCitations } from '../../shared/letters/templates/letter-facts';
import { formatPence } from '../../shared/money/format-money';
import { actionDueDate, type RemedyOutput } from '../../shared/remedies';

const FIXTURE = join(__dirname, '../fixtures/cases/letter-fixture.s117.json');
const LETTER_DATE = '2022-11-01';

function loadFixture(): CaseFile {
  const result = readCaseFileText(readFileSync(FIXTURE, 'utf8'));
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.file;
}

const inputFor = (file: CaseFile): LetterInput =>
  letterInputForFile(file, { date: LETTER_DATE, investigator: 'Ann Investigator' });

let dir: string;
const pdfText = (bytes: Uint8Array, name: string) => pdfTextIn(bytes, dir, name);
/** Section headings and subheadings, in order. */
function headingsOf(letter: Letter): string[] {
  const out: string[] = [];
  for (const section of letter.sections) {
    out.push(section.heading);
    for (const block of section.blocks) if (block.kind === 'subheading') out.push(block.text);
  }
  return out;
}

function expectInOrder(text: string, needles: string[]) {
  let from = 0;
  for (const needle of needles) {
    const at = text.indexOf(needle, from);
    expect(at, `"${needle}" after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + needle.length;
  }
}

const numberedCount = (letter: Letter) => [...eachBlock(letter)].filter(([, pos]) => pos.isNumbered).length;

interface Rendered {
  letter: Letter;
  pdf: { pages: string[]; pageCount: number; flow: string };
  docx: WordParagraph[];
}

const file = loadFixture();
const input = inputFor(file);
const output = (): RemedyOutput => {
  if (!input.remedy.ok) throw new Error(input.remedy.message);
  return input.remedy.output;
};
const rendered = {} as Record<TemplateId | 'final-anonymised', Rendered>;
const parties = letterParties(file);
/** The publication review's answer for the fixture's one identifying detail (issue 12). */
const decisions = [{ text: 'Harbourside House', action: 'replace' as const, replacement: 'the care home' }];
const realNameParts = file.people.flatMap((p) => p.name.split(/\s+/));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'letters-templates-'));
  const jobs: Array<[keyof typeof rendered, TemplateId, boolean]> = [
    ['draft', 'draft', false],
    ['final', 'final', false],
    ['council-response', 'council-response', false],
    ['final-anonymised', 'final', true],
  ];
  await Promise.all(
    jobs.map(async ([key, template, anonymise]) => {
      const letter = buildLetter(template, input);
      const pdf = await exportLetter(letter, { format: 'pdf', anonymise, ...parties, decisions });
      const docx = await exportLetter(letter, { format: 'docx', anonymise, ...parties, decisions });
      const text = pdfText(pdf.bytes, key);
      rendered[key] = {
        letter: pdf.letter,
        pdf: { ...text, flow: flowText(text.pages) },
        docx: docxParagraphs(docx.bytes),
      };
    }),
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(['draft', 'final'] as const)('the %s decision', (template) => {
  const finalHeading = template === 'draft' ? 'Draft decision' : 'Final decision';

  it('has every heading of a decision statement, in order, in the PDF and the DOCX', () => {
    const { letter, pdf, docx } = rendered[template];
    const headings = headingsOf(letter);
    expect(headings).toEqual([
      'Summary',
      'The complaint',
      'What I have and have not investigated',
      "The Ombudsmen's role and powers",
      'How I considered this complaint',
      'What I found',
      'Relevant law and guidance',
      'What happened',
      'Analysis: Eastmere County Council',
      'Analysis: the former NHS Eastmere CCG, now NHS Eastmere Integrated Care Board',
      'The complaint, head by head',
      'Agreed action',
      finalHeading,
    ]);
    expectInOrder(pdf.flow, headings);
    const docxHeadings = docx.filter((p) => p.style?.startsWith('Heading')).map((p) => p.text);
    expect(docxHeadings).toEqual(headings);
  });

  it('states the header: joint body, per-body references, category, outcome', () => {
    const { pdf } = rendered[template];
    expect(pdf.flow).toContain(
      'Local Government and Social Care Ombudsman and Parliamentary and Health Service Ombudsman',
    );
    expect(pdf.flow).toContain('Reference: 21 004 512 ');
    expect(pdf.flow).toContain('Adult care services: Section 117 aftercare');
    // One decision line per body, each under its own suffixed reference.
    expect(pdf.flow).toContain('Decision: 21 004 512a Eastmere County Council Upheld: fault causing injustice');
    expect(pdf.flow).toContain(
      '21 004 512b NHS Eastmere CCG (now NHS Eastmere Integrated Care Board) Upheld: fault causing injustice',
    );
    expect(pdf.flow).toContain(`Date: ${formatLongDate(LETTER_DATE)}`);
  });

  it('gives every amount of the remedy as money, and each action its deadline as a date', () => {
    const { pdf, docx } = rendered[template];
    const docxText = docx.map((p) => p.text).join(' ');
    const out = output();
    const amounts = [
      out.financialLoss.total,
      out.financialLoss.interest,
      ...out.payments.map((p) => p.amount),
      ...Object.values(out.byOrganisation),
    ];
    for (const amount of amounts) {
      expect(pdf.flow).toContain(formatPence(amount));
      expect(docxText).toContain(formatPence(amount));
    }
    // A final decision dates its deadlines from its own date; a draft gives periods, never dates.
    const deadlines = computeDeadlines(file.remedy?.actions, LETTER_DATE);
    expect(deadlines.length).toBeGreaterThan(0);
    for (const { due } of deadlines) {
      expect(due! >= LETTER_DATE).toBe(true);
      if (template === 'final') {
        expect(pdf.flow).toContain(`By ${formatLongDate(due!)},`);
        expect(docxText).toContain(`By ${formatLongDate(due!)},`);
      } else expect(pdf.flow).not.toContain(`By ${formatLongDate(due!)}`);
    }
    if (template === 'draft') {
      expect(pdf.flow).toContain('within 28 days of the final decision');
      expect(pdf.flow).toContain('within 40 working days of the final decision');
    }
  });

  it('tells what happened in date order, each event with its sources', () => {
    const { pdf } = rendered[template];
    const cited = file.events.filter((e) => e.citations?.length);
    for (const event of cited) expect(pdf.flow).toContain(`(${eventCitations(file, event)}).`);
    expect(pdf.flow).toContain('(CPA care plan, pp. 1, 3)');
    const dates = [...file.events].map((e) => e.date).sort();
    const happened = pdf.flow.slice(pdf.flow.indexOf('What happened'), pdf.flow.indexOf('Analysis:'));
    expectInOrder(
      happened,
      dates.map((d) => `On ${formatLongDate(d)},`),
    );
  });

  it('numbers paragraphs continuously across sections, in the PDF and the DOCX', () => {
    const { letter, pdf, docx } = rendered[template];
    const count = numberedCount(letter);
    const numbers = pdf.pages.flatMap((page) =>
      [...page.matchAll(/^\s{0,8}(\d+)\.\s{2,}\S/gm)].map((m) => Number(m[1])),
    );
    expect(numbers).toEqual(Array.from({ length: count }, (_, i) => i + 1));
    // The summary is unnumbered, as in published decisions: numbering starts at the complaint.
    expect(letter.sections[0]!.blocks.some((b) => b.kind === 'numbered')).toBe(false);
    const first = letter.sections.flatMap((sec) => sec.blocks).find((b) => b.kind === 'numbered')!;
    const firstText = first.kind === 'numbered' ? first.runs.map((r) => r.text).join('') : '';
    const numId = docx.find((p) => p.text === firstText)?.numId;
    expect(numId).toBeTruthy();
    expect(docx.filter((p) => p.numId === numId)).toHaveLength(count);
  });

  it('runs to several pages, each footed "Page N of M"', () => {
    const { pdf } = rendered[template];
    expect(pdf.pageCount).toBeGreaterThanOrEqual(4);
    expect(pdf.pages).toHaveLength(pdf.pageCount);
    pdf.pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${pdf.pageCount}`));
    expect(pdf.flow).toContain("Ann Investigator Investigator's decision on behalf of the Ombudsmen");
  });
});

describe('draft and final differ where they should', () => {
  it('marks every page of the draft DRAFT and invites comments four weeks on', () => {
    const { pdf } = rendered.draft;
    for (const page of pdf.pages) expect(page).toMatch(/DRAFT/);
    expect(commentsDue(LETTER_DATE)).toBe('2022-11-29');
    expect(pdf.flow).toContain(`I invite any comments by ${formatLongDate(commentsDue(LETTER_DATE))}.`);
    expect(rendered.final.pdf.pages.some((p) => /DRAFT/.test(p))).toBe(false);
  });
});

describe('the anonymised final decision', () => {
  it('names no real person anywhere, in the PDF or the DOCX, and uses labels instead', () => {
    const { pdf, docx } = rendered['final-anonymised'];
    const docxText = docx.map((p) => p.text).join(' ');
    for (const part of realNameParts) {
      expect(pdf.flow).not.toContain(part);
      expect(docxText).not.toContain(part);
    }
    expect(pdf.flow).toMatch(/Mr [A-Z]\b/);
    expect(pdf.flow).toMatch(/Mrs [A-Z]\b/);
    expect(pdf.flow).toContain('Eastmere County Council (the Council)');
  });

  it('is refused, naming where, when an edit plants a real name', async () => {
    const letter = buildLetter('final', input);
    const edited: Letter = {
      ...letter,
      sections: letter.sections.map((s) =>
        s.id === 'complaint'
          ? {
              ...s,
              blocks: [...s.blocks, { kind: 'numbered', runs: [{ text: 'The Wrenfield family phoned us in May.' }] }],
            }
          : s,
      ),
    };
    const attempt = exportLetter(edited, { format: 'pdf', anonymise: true, ...parties });
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({ code: 'anonymisation_failed' });
    await expect(attempt).rejects.toThrow(/"Wrenfield" in The complaint, paragraph \d+/);
  });
});

describe('the council response', () => {
  it('answers as the council: what happened, what we got wrong, what we will do, apology, the Ombudsman', () => {
    const { letter, pdf } = rendered['council-response'];
    expectInOrder(pdf.flow, headingsOf(letter));
    expect(headingsOf(letter)).toEqual([
      'Your complaint',
      'What happened',
      'What we got wrong',
      'What we will do',
      'Our apology',
      'If you are not satisfied',
    ]);
    expect(pdf.flow).toContain('Dear Mrs Wrenfield,');
    expect(pdf.flow).toContain('Complaints Manager, Eastmere County Council');
    expect(pdf.flow).toContain('Local Government and Social Care Ombudsman');
    expect(pdf.flow).toContain('12 months');
  });

  it("lists only the council's own faults and its own payments, with dates", () => {
    const { pdf } = rendered['council-response'];
    const findings = file.findings ?? [];
    for (const f of findings.filter((f) => f.org === 'council')) expect(pdf.flow).toContain(f.fault.slice(0, 60));
    for (const f of findings.filter((f) => f.org !== 'council')) expect(pdf.flow).not.toContain(f.fault.slice(0, 60));
    const out = output();
    for (const p of out.payments.filter((p) => p.by === 'council')) expect(pdf.flow).toContain(formatPence(p.amount));
    for (const p of out.payments.filter(
      (p) => p.by !== 'council' && !out.payments.some((q) => q.by === 'council' && q.amount === p.amount),
    ))
      expect(pdf.flow).not.toContain(`We will pay Mr Wrenfield ${formatPence(p.amount)}`);
    if (!input.remedy.ok) throw new Error('remedy');
    const share = input.remedy.explanation.apportionment.find((a) => a.org === 'council')!;
    expect(pdf.flow).toContain(`We will pay ${formatPence(share.amount)} towards the refund`);
    // The council's promises run from the date of its own letter.
    for (const action of (file.remedy?.actions ?? []).filter(
      (a) => a.kind === 'reassessment' || a.kind === 'service_improvement',
    ))
      expect(pdf.flow).toContain(`by ${formatLongDate(actionDueDate(action, LETTER_DATE)!)}.`);
    expect(pdf.flow).not.toContain('tell us');
    // It stops at the complaint it answers: nothing from the Ombudsmen's stage.
    expect(pdf.flow).not.toContain('told us');
  });
});

describe('templates follow the case', () => {
  it('says "Not upheld: no fault" and recommends nothing when there are no findings', () => {
    const noFindings: CaseFile = {
      ...file,
      findings: [],
      remedy: { ...file.remedy, actions: [], payments: [], apportionment: [] },
      payments: [],
    };
    const letter = buildLetter('final', inputFor(noFindings));
    expect(letter.header.decision).toBe('Not upheld: no fault');
    expect(letter.header.decisions?.map((d) => d.decision)).toEqual(['Not upheld: no fault', 'Not upheld: no fault']);
    const text = JSON.stringify(letter);
    expect(text).toContain('We found no fault by');
    expect(text).toContain('As I have not found fault causing injustice, I have not recommended any action.');
    // Each body complained about is answered: no fault, in its own analysis, and no "This was fault.".
    expect(text).toContain('I have not found fault in how Eastmere County Council arranged and funded aftercare');
    expect(text).not.toContain('This was fault.');
    expect(text).toContain(
      'I have found no fault by Eastmere County Council and the former NHS Eastmere CCG, now NHS Eastmere Integrated Care Board.',
    );
  });

  it('marks a note for the investigator when the remedy needs an apportionment', () => {
    const unsplit: CaseFile = { ...file, remedy: { ...file.remedy, apportionment: [] } };
    const unsplitInput = inputFor(unsplit);
    expect(unsplitInput.remedy.ok).toBe(false);
    const action = buildSection('final', 'action', unsplitInput)!;
    const note = action.blocks.find((b) => b.kind === 'paragraph');
    expect(note && note.kind === 'paragraph' ? note.runs[0] : null).toMatchObject({
      text: 'Note for the investigator (remove before sending): ',
      bold: true,
    });
  });

  it('rebuilds any one section exactly as the whole letter has it, and nothing for an unknown id', () => {
    for (const template of ['draft', 'final', 'council-response'] as const) {
      const letter = buildLetter(template, input);
      for (const section of letter.sections) expect(buildSection(template, section.id, input)).toEqual(section);
      expect(buildSection(template, 'no-such-section', input)).toBeNull();
    }
  });

  it('cites law only for the duties in issue', () => {
    const law = buildSection('final', 'found', input)!;
    const text = JSON.stringify(law);
    expect(text).toContain('Stennett');
    expect(text).not.toContain('personal health budget');
  });
});

describe('the chronology export', () => {
  it('prints every event as a table row with its date, organisation and sources', async () => {
    const letter = chronologyLetter(file, { date: LETTER_DATE });
    const table = letter.sections[0]!.blocks.find((b) => b.kind === 'table');
    expect(table && table.kind === 'table' ? table.rows.length : 0).toBe(file.events.length);
    const { bytes } = await exportLetter(letter, { format: 'pdf', anonymise: false, ...parties });
    const text = pdfText(bytes, 'chronology');
    const flow = flowText(text.pages);
    expectInOrder(flow, ['Date', 'Event', 'Organisation', 'Source']);
    for (const date of ['14/03/2017', '10/07/2017', '08/02/2022']) expect(flow).toContain(date);
    expect(flow).toContain('pp. 1, 3');
    expect(flow).not.toContain('Decision:');
    const row = table && table.kind === 'table' ? table.rows.find((r) => r[0]![0]!.text === '04/07/2017') : undefined;
    expect(row?.[3]?.[0]?.text).toBe('CPA care plan, pp. 1, 3');
    expect(row?.[2]?.[0]?.text).toBe('Eastmere Mental Health NHS Foundation Trust');
  });

  it('anonymises the chronology too, title included', async () => {
    const { bytes } = await exportLetter(chronologyLetter(file), {
      format: 'docx',
      anonymise: true,
      ...parties,
      decisions,
    });
    const text = docxParagraphs(bytes)
      .map((p) => p.text)
      .join(' ');
    for (const part of realNameParts) expect(text).not.toContain(part);
  });
});

describe('every fixture case', () => {
  const folder = join(__dirname, '../fixtures/cases');
  const cases = readdirSync(folder).filter((n) => n.endsWith('.s117.json'));

  it.each(cases)('%s builds all three letters, and their anonymised versions name no one', (name) => {
    const result = readCaseFileText(readFileSync(join(folder, name), 'utf8'));
    if (!result.ok) throw new Error(name);
    const caseInput = inputFor(result.file);
    const { people, organisations } = letterParties(result.file);
    for (const template of ['draft', 'final', 'council-response'] as const) {
      const letter = buildLetter(template, caseInput);
      expect(letterSchema.safeParse(letter).success).toBe(true);
      const anonymised = anonymiseLetter(letter, { people, organisations }).letter;
      expect(findRealNames(anonymised, people)).toEqual([]);
    }
  });
});

describe('event notes read on from their date', () => {
  const withText = (id: string, text: string): CaseFile => ({
    ...file,
    events: file.events.map((e) => (e.id === id ? { ...e, text } : e)),
  });
  const happened = (f: CaseFile) => JSON.stringify(buildSection('final', 'found', inputFor(f)));

  it('lowers an ordinary first word, and keeps names, titles, acronyms and proper names', () => {
    expect(happened(withText('e2', 'Discharge planning started on the ward.'))).toContain(
      'On 21 March 2017, discharge planning started on the ward',
    );
    expect(happened(withText('e2', 'CPA meeting held.'))).toContain('On 21 March 2017, CPA meeting held');
    expect(happened(withText('e2', 'Harbourside House wrote to the Council.'))).toContain(
      'On 21 March 2017, Harbourside House wrote',
    );
    expect(happened(withText('e2', 'Tobias moved rooms.'))).toContain('On 21 March 2017, Tobias moved rooms');
  });
});
