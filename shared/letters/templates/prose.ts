// Sentence-level helpers the decision templates share: blocks of the letter model, capitals,
// lists of organisations, and an event's or a finding's words fitted into a sentence.
import type { CaseFileFinding } from '../../casefile/schema';
import type { Inline, LetterBlock } from '../model';
import { TITLES } from '../name-patterns';
import { INJUSTICE_WORDS, complainer, injusticeKinds, listInWords, type LetterFacts } from './letter-facts';

export const text = (value: string): Inline => [{ text: value }];
export const numbered = (value: string): LetterBlock => ({ kind: 'numbered', runs: text(value) });
export const numberedRuns = (runs: Inline): LetterBlock => ({ kind: 'numbered', runs });
export const sub = (value: string): LetterBlock => ({ kind: 'subheading', text: value });

export const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
export const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const TITLE_WORDS = new Set<string>(TITLES);
const MONTHS = new Set(
  'January February March April May June July August September October November December'.split(' '),
);

/**
 * Lets an event's own text continue "On 3 May 2019, …": its first letter is lowered only when the
 * first word is an ordinary word — not a title, a name, a word of an organisation's name, a
 * month, an acronym ("CPA"), "I", or the start of a proper name ("Harbourside House").
 */
export function continueSentence(facts: LetterFacts, sentence: string, imperative = false): string {
  const [first = '', second = ''] = sentence.split(/\s+/);
  const word = first.replace(/[^\p{L}'’-]/gu, '');
  if (!/^\p{Lu}\p{Ll}*$/u.test(word) || word === 'I') return sentence;
  if (TITLE_WORDS.has(word) || MONTHS.has(word)) return sentence;
  const nameWords = new Set([
    ...facts.file.people.flatMap((p) => p.name.split(/\s+/)),
    ...facts.file.organisations.flatMap((o) => o.name.split(/\s+/)),
  ]);
  if (nameWords.has(word)) return sentence;
  // An action's text starts with a verb, so a capital after it is not a proper name's.
  if (!imperative && /^\p{Lu}/u.test(second) && !['The', 'A', 'An'].includes(word)) return sentence;
  return lowerFirst(sentence);
}

export const orgList = (facts: LetterFacts, ids: readonly string[]) => listInWords(ids.map((id) => facts.orgName(id)));

export function injusticeSentence(facts: LetterFacts, findings: readonly CaseFileFinding[]): string | null {
  const kinds = injusticeKinds(findings);
  if (kinds.length === 0) return null;
  const personal = kinds.filter((k) => k !== 'time_and_trouble').map((k) => INJUSTICE_WORDS[k]);
  const trouble = kinds.includes('time_and_trouble');
  const who = complainer(facts);
  if (personal.length === 0) return `This caused ${who.short} time and trouble pursuing the complaint.`;
  const troubleClause =
    trouble && who.id !== facts.aggrieved.id ? `, and ${who.short} time and trouble pursuing the complaint` : '';
  const ownTrouble = trouble && who.id === facts.aggrieved.id ? [INJUSTICE_WORDS.time_and_trouble] : [];
  return `This caused ${facts.aggrieved.short} ${listInWords([...personal, ...ownTrouble])}${troubleClause}.`;
}
