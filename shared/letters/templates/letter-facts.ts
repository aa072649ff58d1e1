// What every template needs to know about a case, worked out once: who the people and
// organisations are and how to name them, which duties are in issue, the findings per body,
// the remedy in sentences, action deadlines, and event citations in words.
import type { CaseFile, CaseFileCitation, CaseFileEvent, CaseFileFinding } from '../../casefile/schema';
import type { CalendarDate } from '../../dates/calendar-date';
import { formatLongDate } from '../../dates/calendar-date';
import type { InjusticeKind } from '../../domain/vocabulary';
import { computeDeadlines, describeRemedy, type RemedyDescription } from '../../remedies';
import { decideOutcomes, orgNameOn, type OrgDecision } from '../../decision';
import type { DutyStatus } from '../../s117/duties';
import type { LetterInput } from './letter-input';

export interface Party {
  id: string;
  /** "Mr Tobias Wrenfield". */
  full: string;
  /** "Mr Wrenfield" (title and surname), or the full name when there is no title. */
  short: string;
  relationship?: string;
}

export interface LetterFacts {
  input: LetterInput;
  file: CaseFile;
  /** The person the aftercare was for. */
  aggrieved: Party;
  /** Who complained, when it is someone else. */
  complainant: Party | null;
  /** The organisation's name on the letter's date (a CCG with its successor ICB after June 2022). */
  orgName(id: string): string;
  /** The decision for each body in it, derived from the findings and the complaint. */
  decisions: OrgDecision[];
  /** Bodies found at fault (with findings and investigated), in the file's order. */
  faultOrgs: string[];
  findingsFor(orgId: string): CaseFileFinding[];
  /** Duties with live flags or findings, in DOMAIN.md order. */
  dutiesInIssue: DutyStatus[];
  /** Duties the findings are about (or, with no findings, those with fault flags). */
  dutiesComplained: DutyStatus[];
  remedyWords: RemedyDescription | null;
  /** Each agreed action's due date counted from the letter's own date (null when it has none). */
  deadline(actionId: string): CalendarDate | null;
}

export function listInWords(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** "by 14 December 2022". */
export const byDate = (date: CalendarDate) => `by ${formatLongDate(date)}`;

function party(file: CaseFile, id: string): Party {
  const person = file.people.find((p) => p.id === id)!;
  const title = person.title?.trim();
  const surname = person.name.trim().split(/\s+/).pop() ?? person.name;
  return {
    id,
    full: title ? `${title} ${person.name}` : person.name,
    short: title ? `${title} ${surname}` : person.name,
    ...(person.relationship ? { relationship: person.relationship } : {}),
  };
}

export function letterFacts(input: LetterInput): LetterFacts {
  const { file, duties, remedy } = input;
  const aggrievedPerson = file.people.find((p) => p.role === 'aggrieved') ?? file.people[0];
  const aggrieved: Party = aggrievedPerson
    ? party(file, aggrievedPerson.id)
    : { id: '', full: 'the person who received aftercare', short: 'the person who received aftercare' };
  const complainantPerson = file.people.find(
    (p) => p.id !== aggrievedPerson?.id && (p.role === 'complainant' || p.role === 'representative'),
  );
  const findings = file.findings ?? [];
  const decisions = decideOutcomes(file);
  const faultOrgs = decisions
    .filter((d) => d.findings.length > 0 && d.outcome !== 'not_investigated')
    .map((d) => d.org);
  const findingRules = new Set(findings.flatMap((f) => (f.rule ? [f.rule] : [])));
  const hasFinding = (d: DutyStatus) => d.duty.ruleIds.some((r) => findingRules.has(r));
  // A final decision's agreed actions fall due counting from its own date; a draft gives no
  // dates at all ("within 20 working days of the final decision").
  const deadlines = new Map(computeDeadlines(file.remedy?.actions, input.date).map((d) => [d.action, d.due]));
  return {
    input,
    file,
    aggrieved,
    complainant: complainantPerson ? party(file, complainantPerson.id) : null,
    orgName: (id) => {
      const org = file.organisations.find((o) => o.id === id);
      return org ? orgNameOn(org, input.date) : id;
    },
    decisions,
    faultOrgs,
    findingsFor: (orgId) => findings.filter((f) => f.org === orgId),
    dutiesInIssue: duties.filter((d) => d.flags.length > 0 || hasFinding(d)),
    dutiesComplained:
      findings.length > 0
        ? duties.filter(hasFinding)
        : duties.filter((d) => d.flags.some((f) => f.severity === 'fault')),
    // Payers are named as on the letter's date (a CCG's successor ICB pays after June 2022).
    remedyWords: remedy.ok
      ? describeRemedy(
          { ...file, organisations: file.organisations.map((o) => ({ ...o, name: orgNameOn(o, input.date) })) },
          remedy.output,
          { asAt: input.asAt },
        )
      : null,
    deadline: (actionId) => deadlines.get(actionId) ?? null,
  };
}

/** Who complained: the complainant when there is one, else the person themself. */
export const complainer = (facts: LetterFacts) => facts.complainant ?? facts.aggrieved;

export const INJUSTICE_WORDS: Record<InjusticeKind, string> = {
  financial_loss: 'financial loss',
  distress: 'avoidable distress',
  uncertainty: 'uncertainty about what would have happened without the fault',
  lost_opportunity: 'a lost opportunity',
  time_and_trouble: 'time and trouble pursuing the complaint',
};

/** The injustice kinds of these findings, in the vocabulary's order. */
export function injusticeKinds(findings: readonly CaseFileFinding[]): InjusticeKind[] {
  const kinds = new Set(findings.flatMap((f) => f.injustice));
  return (Object.keys(INJUSTICE_WORDS) as InjusticeKind[]).filter((k) => kinds.has(k));
}

function evidenceTitle(file: CaseFile, evidenceId: string): string {
  const evidence = file.evidence?.find((e) => e.id === evidenceId);
  return evidence?.title?.trim() || evidence?.file.split('/').pop() || 'Document';
}

const pagesOf = (c: CaseFileCitation) =>
  c.page === undefined
    ? null
    : c.pageEnd !== undefined && c.pageEnd !== c.page
      ? `${c.page}–${c.pageEnd}`
      : `${c.page}`;

/** "Care plan, p. 3", "Care plan, pp. 3–4", or the title alone. */
export function citationText(file: CaseFile, citation: CaseFileCitation): string {
  return citationsText(file, [citation])[0] ?? '';
}

/**
 * One entry per document, in order of first citation: "CPA care plan, pp. 1, 3", "Clinical
 * notes, p. 5", or the title alone when any citation of it gives no page.
 */
export function citationsText(file: CaseFile, citations: readonly CaseFileCitation[]): string[] {
  const byEvidence = new Map<string, Array<string | null>>();
  for (const c of citations) byEvidence.set(c.evidence, [...(byEvidence.get(c.evidence) ?? []), pagesOf(c)]);
  return [...byEvidence].map(([evidenceId, pages]) => {
    const title = evidenceTitle(file, evidenceId);
    if (pages.some((p) => p === null)) return title;
    const distinct = [...new Set(pages as string[])];
    const single = distinct.length === 1 && !distinct[0]!.includes('–');
    return `${title}, ${single ? 'p.' : 'pp.'} ${distinct.join(', ')}`;
  });
}

/** All of an event's citations, "; " between documents; empty when it has none. */
export function eventCitations(file: CaseFile, event: CaseFileEvent): string {
  return citationsText(file, event.citations ?? []).join('; ');
}

/** Events in date order; same-day events keep their chronology order. */
export function eventsInOrder(file: CaseFile): CaseFileEvent[] {
  return file.events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => (a.event.date < b.event.date ? -1 : a.event.date > b.event.date ? 1 : a.index - b.index))
    .map((x) => x.event);
}

/** Adds " (citation)" before a sentence's closing full stop. */
export function withCitation(sentence: string, citation: string): string {
  const text = sentence.trim();
  if (!citation) return /[.!?]$/.test(text) ? text : `${text}.`;
  const body = text.replace(/[.!?]$/, '');
  return `${body} (${citation}).`;
}
