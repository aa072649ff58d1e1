// Checks on what the letter says against the case: the complaint recorded, a reference for
// every body, a signatory, decision lines that follow from the findings (in the header and in
// the words of the summary and the decision), and no deadline that has passed on the letter's date.
import { parse } from 'date-fns';
import type { CaseFile } from '../../casefile/schema';
import { decisionLines, isFault, overallOutcome, type OrgDecision } from '../../decision';
import { formatLongDate, fromDate } from '../../dates/calendar-date';
import type { Letter } from '../model';
import { letterTexts } from '../letter-text';
import { error, warning, type LetterCheck } from './types';

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const DEADLINE = new RegExp(`\\b[Bb]y (\\d{1,2} (?:${MONTHS}) \\d{4})`, 'g');

export function complaintChecks(file: CaseFile): LetterCheck[] {
  if ((file.complaint?.heads ?? []).length > 0) return [];
  return [
    error(
      'NO-COMPLAINT-HEADS',
      'No complaint heads are recorded: say what the person complained about, body by body, so the letter can answer it.',
      'complaint',
    ),
  ];
}

export function referenceChecks(letter: Letter): LetterCheck[] {
  const blank = !letter.header.reference.trim() || (letter.header.decisions ?? []).some((d) => !d.reference.trim());
  return blank
    ? [
        error(
          'REFERENCE-BLANK',
          'The letter has no reference: record the case reference (NN NNN NNN) on the case.',
          'case',
        ),
      ]
    : [];
}

export function signatureChecks(letter: Letter, final: boolean): LetterCheck[] {
  if (letter.signature.name.trim()) return [];
  const message = 'The letter is not signed: set the investigator’s name in the app’s settings (or --investigator).';
  return [final ? error('SIGNATURE-MISSING', message, 'settings') : warning('SIGNATURE-MISSING', message, 'settings')];
}

const sameLine = (a: { org: string; reference: string; decision: string }, b: typeof a) =>
  a.org === b.org && a.reference === b.reference && a.decision === b.decision;

/** The header's decision lines and the outcome words in the text, against the decision model. */
export function decisionLineChecks(file: CaseFile, letter: Letter, decisions: readonly OrgDecision[]): LetterCheck[] {
  const checks: LetterCheck[] = [];
  const expected = decisionLines(file, letter.header.date, [...decisions]);
  const actual = letter.header.decisions ?? [];
  const headerWrong =
    letter.header.decision !== overallOutcome(decisions) ||
    expected.length !== actual.length ||
    expected.some((line, i) => !sameLine(line, actual[i]!));
  if (headerWrong) {
    const want = expected.map((l) => `${l.body}: ${l.decision}`).join('; ') || 'no body in the decision';
    checks.push(
      error(
        'DECISION-LINE-MISMATCH',
        `The decision lines do not follow from the findings and the complaint. They should read: ${want}. Update the decision lines.`,
        'letter',
      ),
    );
  }
  // The words: "no fault by X" for a body at fault, or "fault by X" for one that is not.
  const texts = letterTexts(letter)
    .filter((p) => /^(Summary|Final decision|Draft decision)\b/.test(p.where))
    .map((p) => ({ where: p.where, text: p.runs.map((r) => r.text).join('') }));
  for (const d of decisions) {
    const name = file.organisations.find((o) => o.id === d.org)?.name;
    if (!name) continue;
    for (const { where, text } of texts) {
      const saysNoFault = text.includes(`no fault by ${name}`);
      const saysFault = text.replace(new RegExp(`no fault by ${escape(name)}`, 'g'), '').includes(`fault by ${name}`);
      if (
        (isFault(d.outcome) && saysNoFault) ||
        (!isFault(d.outcome) && d.outcome !== 'remedied_before_decision' && saysFault)
      )
        checks.push(
          error(
            'DECISION-LINE-MISMATCH',
            `${where} says ${saysNoFault ? 'no fault' : 'fault'} by ${name}, but the findings give “${expected.find((l) => l.org === d.org)?.decision ?? ''}”. Regenerate the section or correct it.`,
            'letter',
          ),
        );
    }
  }
  return checks;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Any "by 4 December 2026" in Agreed action that is before the letter's own date. */
export function deadlineChecks(letter: Letter): LetterCheck[] {
  const checks: LetterCheck[] = [];
  const actions = letter.sections.filter((section) => section.id === 'action');
  for (const place of letterTexts({ ...letter, sections: actions })) {
    const text = place.runs.map((r) => r.text).join('');
    for (const match of text.matchAll(DEADLINE)) {
      const parsed = parse(match[1]!, 'd MMMM yyyy', new Date(2000, 0, 1));
      if (Number.isNaN(parsed.getTime())) continue;
      const due = fromDate(parsed);
      if (due < letter.header.date)
        checks.push(
          error(
            'DEADLINE-BEFORE-LETTER',
            `${place.where} gives a deadline of ${formatLongDate(due)}, before the letter’s date (${formatLongDate(letter.header.date)}). Regenerate the section.`,
            'letter',
          ),
        );
    }
  }
  return checks;
}
