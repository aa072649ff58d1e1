// Personal names not on the case: runs of proper nouns as the English model tags them ("Tom
// Baxter", "Dr Okafor", "Priya Shah"), less the vocabulary of public bodies, law and letters
// ("Mental Health Act", "Social Care", "Ombudsman"), labels ("Mr X") and places. A lone word
// counts as a name only after a title ("Ms Kowalczyk") or a relationship ("his friend Tom").
import { isEnglishWord, posTokens, type PosToken } from './nlp';
import { TITLES as NAME_TITLES } from '../name-patterns';
import type { PiiDetector, PiiMatch } from './types';

const TITLES = new Set<string>(NAME_TITLES);

/** Words that make a capitalised run a body, a law, a place or a heading rather than a person. */
const NOT_NAMES = new Set(
  `Council Councils Trust Trusts NHS Foundation ICB CCG ICS Board Boards Integrated Clinical Commissioning Group Care
  Health Social Mental Act Acts Ombudsman Ombudsmen Government Local Secretary State Court Courts Section Sections
  Aftercare After-care Commission Quality Department Authority Authorities Service Services Team Teams Panel
  Tribunal Appeal Appeals Supreme High Crown Parliament Regulations Regulation Guidance Code Practice Chapter Annex
  Schedule Part Article Convention Human Rights Adult Adults Children Community Housing Benefit Benefits Universal
  Credit Continuing Healthcare Funded Nursing Personal Budget Direct Payments City County Borough District
  Metropolitan Royal University General Hospital Hospitals Partnership Recovery Crisis Home Treatment Approved
  Professional Responsible Clinician Officer Manager Director Head Assistant Deputy Chief Executive Complaints
  Complaint Investigator Decision Final Draft Summary Background Findings Finding Remedy Remedies Agreed Action
  Actions Dear Yours Sincerely Faithfully Reference Ref Case Page Paragraph Annex Appendix Table England Wales
  Scotland Britain British English UK United Kingdom Kingdom Europe European Union Parliamentary Public Unit Ward
  House Lodge Court Hall Manor Grange Centre Center Clinic Hostel Street Road Lane Avenue Close Drive Way Place
  Gardens Terrace Quay Wharf Square Park North South East West Greater Upper Lower New Old Mrs Mr Ms Dr Miss Mx
  January February March April May June July August September October November December Monday Tuesday Wednesday
  Thursday Friday Saturday Sunday Christmas Easter Bank Holiday PDF DOCX Insurance National Number Order Orders
  Deprivation Liberty Safeguards Protection Inspector Inspectorate Judicial Review Law Laws Legal Statutory
  Instrument Bill Bills Regional Neighbourhood Primary Secondary Specialist Forensic Psychiatric Psychiatry
  Commons Lords Library Patient Patients Advice Liaison Advocacy Independent Inpatient Outpatient Discharge Planning Meeting Review Assessment Plan Plans Programme Approach CPA CMHT`.split(
    /\s+/,
  ),
);

/** Relationships and roles that introduce a name: "his friend Tom", "her neighbour, Priya Shah". */
const RELATIONS = new Set(
  `friend neighbour neighbor sister brother mother father son daughter partner wife husband cousin aunt uncle nephew
  niece grandmother grandfather grandson granddaughter carer advocate landlord landlady girlfriend boyfriend fiance
  fiancee stepfather stepmother stepson stepdaughter colleague employer flatmate housemate lodger relative worker
  keyworker caseworker manager coordinator co-ordinator nurse officer therapist psychiatrist psychologist consultant
  doctor GP clinician befriender volunteer`.split(/\s+/),
);

const isLabel = (word: string) => /^\p{Lu}\.?$/u.test(word);
/** Tokens joined without a space by a hyphen or apostrophe: "Llewellyn-Jones", "O'Brien". */
const joins = (a: PosToken, b: PosToken) => a.end === b.start && (/^[-'’]$/.test(b.text) || /^[-'’]$/.test(a.text));

interface Run {
  tokens: PosToken[];
}

function properNounRuns(tokens: PosToken[]): Run[] {
  const runs: Run[] = [];
  let current: PosToken[] = [];
  const flush = () => {
    while (current.length && /^[-'’]$/.test(current[current.length - 1]!.text)) current.pop();
    if (current.length) runs.push({ tokens: current });
    current = [];
  };
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    const capitalised = /^\p{Lu}/u.test(t.text);
    if (capitalised && (t.pos === 'PROPN' || TITLES.has(t.text.replace(/\.$/, '')))) {
      current.push(t);
    } else if (current.length && prev && joins(prev, t) && /^[-'’]$/.test(t.text)) {
      current.push(t);
    } else if (current.length && /^[-'’]$/.test(prev?.text ?? '') && capitalised && prev!.end === t.start) {
      current.push(t);
    } else {
      flush();
    }
  });
  flush();
  return runs;
}

/** The relationship word just before `start` ("friend" in "his friend, Tom"), if any. */
function relationBefore(text: string, start: number): string | null {
  const m = /([\p{L}]+)[\s,]*(?:called|named)?[\s,]*$/u.exec(text.slice(Math.max(0, start - 40), start));
  const word = m?.[1]?.toLowerCase();
  return word && RELATIONS.has(word) ? word : null;
}

/**
 * "Mr X's friend" when a relationship introduces the name and a label owns it ("Mr X's friend",
 * or "her friend" after "Ms X" earlier in the text); otherwise a neutral word.
 */
function suggestionFor(text: string, start: number, title: string | null, relation: string | null): string {
  if (relation) {
    const before = text.slice(0, start);
    const labels = [...before.matchAll(/(?:Mr|Mrs|Ms|Miss|Mx|Dr)\s+\p{Lu}(?![\p{L}])/gu)];
    const owner = labels[labels.length - 1]?.[0];
    return owner ? `${owner}'s ${relation}` : `a ${relation}`;
  }
  if (title === 'Dr') return 'a doctor';
  return '[name]';
}

export const detectPersonNames: PiiDetector = (text) => {
  const found: PiiMatch[] = [];
  const tokens = posTokens(text);
  const tokensAfter = (run: Run) => tokens[tokens.indexOf(run.tokens[run.tokens.length - 1]!) + 1];
  for (const run of properNounRuns(tokens)) {
    const words = run.tokens.filter((t) => !/^[-'’]$/.test(t.text));
    const titleCount = words.findIndex((t) => !TITLES.has(t.text.replace(/\.$/, '')));
    if (titleCount < 0) continue;
    const rest = words.slice(titleCount);
    if (rest.some((t) => NOT_NAMES.has(t.text) || /^\p{Lu}{2,}s?$/u.test(t.text) || /\d/.test(t.text))) continue;
    if (rest.length === 1 && isLabel(rest[0]!.text)) continue;
    if (rest.every((t) => isLabel(t.text))) continue;
    const title = titleCount > 0 ? words[0]!.text.replace(/\.$/, '') : null;
    const start = run.tokens[0]!.start;
    const last = run.tokens[run.tokens.length - 1]!;
    // "Okafor." at a sentence end: the full stop is not part of the name.
    const end = last.text.length > 2 && last.text.endsWith('.') ? last.end - 1 : last.end;
    const relation = relationBefore(text, start);
    // A lone given name counts after a title or a relationship, or as the subject of a verb
    // when it is not an English word ("Jamal rang the duty team", not "Sources are…").
    const next = tokensAfter(run);
    const subject = (next?.pos === 'VERB' || next?.pos === 'AUX') && !isEnglishWord(rest[0]!.text);
    if (rest.length === 1 && !title && !relation && !subject) continue;
    found.push({
      kind: 'name',
      start,
      end,
      text: text.slice(start, end),
      certainty: 'certain',
      suggestion: suggestionFor(text, start, title, relation),
    });
  }
  return found;
};
