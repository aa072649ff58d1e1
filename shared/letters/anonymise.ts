// Anonymises a letter: people's names become their labels ("Ms X"), consistently and with
// possessives kept; organisations are defined at first mention ("Anytown Council (the Council)")
// and called by their short name after. Ambiguous forms (a surname two people share) are left
// for findRealNames to flag rather than guessed.
import type { Inline, Letter } from './model';
import { replaceSpans, type TextSpan } from './inline-edit';
import { letterTexts, mapLetterText } from './letter-text';
import {
  POSSESSIVE,
  WORD_END,
  WORD_START,
  escapeRegExp,
  isDateWord,
  nameParts,
  namePattern,
  titlePrefix,
  type LetterPerson,
} from './name-patterns';

export type { LetterPerson } from './name-patterns';

export interface LetterOrganisation {
  name: string;
  /** council | ccg | icb | lhb | trust | provider | other. */
  kind: string;
  /** "the Council", "the Trust"…; defaults by kind. */
  shortName?: string;
}

export interface LabelledPerson extends LetterPerson {
  label: string;
}

export interface AnonymiseResult {
  letter: Letter;
  /** The people with the labels used (assigned ones included). */
  people: LabelledPerson[];
  /** The organisations with the short names used (null: named in full throughout). */
  organisations: Array<Omit<LetterOrganisation, 'shortName'> & { shortName: string | null }>;
}

export const DEFAULT_SHORT_NAMES: Record<string, string> = {
  council: 'the Council',
  ccg: 'the CCG',
  icb: 'the ICB',
  lhb: 'the Health Board',
  trust: 'the Trust',
  provider: 'the Care Provider',
};

/** Default label letters, in the order the ombudsmen use them. */
const LABEL_LETTERS = ['X', 'Y', ...'BCDEFGHIJKLMNOPQRSTUVWZ'];

interface PersonRule {
  regex: RegExp;
  person: number;
  /** Bare one-word forms ("May") are not names inside a date ("3 May 2019"). */
  bareWord?: boolean;
}

/** The ways each person's name is replaced, most specific first. */
function personRules(people: LetterPerson[]): PersonRule[] {
  const parts = people.map((p) => nameParts(p.name));
  const count = (pick: (n: (typeof parts)[number]) => string | null, value: string) =>
    parts.filter((n) => pick(n) === value).length;
  const tiers: PersonRule[][] = [[], [], [], [], []];
  const rule = (tier: number, person: number, pattern: string, bareWord = false) =>
    tiers[tier]!.push({ person, bareWord, regex: new RegExp(`${WORD_START}${pattern}${POSSESSIVE}${WORD_END}`, 'gu') });

  people.forEach((person, i) => {
    const n = parts[i]!;
    const anyTitle = titlePrefix(person.title);
    rule(0, i, `${anyTitle}?${namePattern(n.full)}`);
    rule(0, i, namePattern(n.full.toUpperCase()));
    if (n.first && n.parts.length > 2) rule(0, i, `${anyTitle}?${namePattern(`${n.first} ${n.surname}`)}`);
    const sharedSurname = count((m) => m.surname, n.surname) > 1;
    if (person.title?.trim()) {
      const ownTitle = escapeRegExp(person.title.trim().replace(/\.$/, ''));
      const sameTitleAndSurname = people.filter(
        (q, j) => parts[j]!.surname === n.surname && q.title?.trim().replace(/\.$/, '') === person.title?.trim(),
      ).length;
      if (sameTitleAndSurname === 1) rule(1, i, `${ownTitle}\\.?\\s+${namePattern(n.surname)}`);
    }
    if (!sharedSurname) {
      rule(2, i, `${anyTitle}${namePattern(n.surname)}`);
      rule(3, i, namePattern(n.surname), true);
    }
    if (n.first && count((m) => m.first, n.first) === 1 && count((m) => m.surname, n.first) === 0) {
      rule(4, i, `${anyTitle}?${namePattern(n.first)}`, true);
    }
  });
  return tiers.flat();
}

/** Finds each rule's matches in `text` that do not overlap an earlier (more specific) one. */
function claim<T>(
  text: string,
  rules: Array<{ regex: RegExp; bareWord?: boolean } & T>,
): Array<{ match: RegExpExecArray } & T>[] {
  const taken: Array<[number, number]> = [];
  const found: Array<{ match: RegExpExecArray } & T>[] = [];
  for (const r of rules) {
    const hits: Array<{ match: RegExpExecArray } & T> = [];
    r.regex.lastIndex = 0;
    for (const match of text.matchAll(r.regex)) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      if (r.bareWord && isDateWord(text, start, end)) continue;
      taken.push([start, end]);
      hits.push({ ...r, match });
    }
    found.push(hits);
  }
  return found;
}

const joined = (runs: Inline) => runs.map((r) => r.text).join('');

/**
 * Labels for everyone: their own label when set, otherwise X, Y, then B, C, D… in the order they
 * first appear in the letter (never a letter that is anyone's real initial), with their title.
 */
export function assignLabels(letter: Letter, people: LetterPerson[]): LabelledPerson[] {
  const rules = personRules(people);
  const firstSeen = new Array<number>(people.length).fill(Number.POSITIVE_INFINITY);
  letterTexts(letter).forEach((place, textIndex) => {
    for (const hits of claim(joined(place.runs), rules)) {
      for (const hit of hits) {
        const at = textIndex * 1e7 + hit.match.index;
        firstSeen[hit.person] = Math.min(firstSeen[hit.person]!, at);
      }
    }
  });
  const realInitials = new Set(
    people.flatMap((p) => nameParts(p.name).parts.map((w) => Array.from(w)[0]!.toUpperCase())),
  );
  const used = new Set(people.map((p) => p.label?.trim().split(/\s+/).pop()).filter(Boolean));
  const free = LABEL_LETTERS.filter((l) => !used.has(l) && !realInitials.has(l));
  const spare = LABEL_LETTERS.filter((l) => !used.has(l));
  const order = people.map((_, i) => i).sort((a, b) => firstSeen[a]! - firstSeen[b]! || a - b);
  const labels = new Array<string>(people.length);
  for (const i of order) {
    const person = people[i]!;
    if (person.label?.trim()) {
      labels[i] = person.label.trim();
      continue;
    }
    // Real initials are only reused when the alphabet has run out.
    const letterLabel = free.shift() ?? spare.shift() ?? `Person ${i + 1}`;
    spare.splice(spare.indexOf(letterLabel), spare.includes(letterLabel) ? 1 : 0);
    labels[i] = person.title?.trim() ? `${person.title.trim()} ${letterLabel}` : letterLabel;
  }
  return people.map((p, i) => ({ ...p, label: labels[i]! }));
}

function shortNames(organisations: LetterOrganisation[]): Array<string | null> {
  const taken = new Set<string>();
  return organisations.map((org) => {
    const short = org.shortName?.trim() || DEFAULT_SHORT_NAMES[org.kind] || null;
    // Two councils cannot both be "the Council": the second keeps its full name.
    if (!short || taken.has(short.toLowerCase())) return null;
    taken.add(short.toLowerCase());
    return short;
  });
}

function atSentenceStart(text: string, index: number): boolean {
  const before = text.slice(0, index).trimEnd();
  return before === '' || /[.!?:]["'’”)]?$/.test(before);
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Anonymises the body of `letter` (see the module comment); the header and signature are kept. */
export function anonymiseLetter(
  letter: Letter,
  parties: { people: LetterPerson[]; organisations: LetterOrganisation[] },
): AnonymiseResult {
  const people = assignLabels(letter, parties.people);
  const shorts = shortNames(parties.organisations);
  const orgRules = parties.organisations
    .map((org, i) => ({ org: i, short: shorts[i] ?? null, length: org.name.length }))
    .filter((o) => o.short !== null)
    .sort((a, b) => b.length - a.length)
    .map((o) => ({
      org: o.org,
      short: o.short!,
      regex: new RegExp(
        `${WORD_START}(?:([Tt])he\\s+)?(${namePattern(parties.organisations[o.org]!.name)})` +
          `(?:\\s*\\(\\s*${namePattern(o.short!)}\\s*\\))?${POSSESSIVE}${WORD_END}`,
        'gu',
      ),
    }));
  const pRules = personRules(parties.people);
  const defined = new Set<number>();

  const anonymised = mapLetterText(letter, ({ runs }) => {
    const text = joined(runs);
    const orgHits = claim(text, orgRules).flat();
    const orgRanges = orgHits.map((h) => [h.match.index, h.match.index + h.match[0].length] as const);
    const spans: TextSpan[] = [];
    for (const hits of claim(text, pRules)) {
      for (const { match, person } of hits) {
        const start = match.index;
        const end = start + match[0].length;
        if (orgRanges.some(([s, e]) => start < e && end > s)) continue;
        const apostrophe = match[1] ?? match[2];
        spans.push({ start, end, text: `${people[person]!.label}${apostrophe ? `${apostrophe}s` : ''}` });
      }
    }
    for (const { match, org, short } of orgHits.sort((a, b) => a.match.index - b.match.index)) {
      const [, theCase, name] = match;
      const apostrophe = match[3] ?? match[4];
      const possessive = apostrophe ? `${apostrophe}s` : '';
      let replacement: string;
      if (!defined.has(org)) {
        defined.add(org);
        replacement = `${theCase ? `${theCase}he ` : ''}${name} (${short})${possessive}`;
      } else {
        const capital = theCase === 'T' || (!theCase && atSentenceStart(text, match.index));
        replacement = `${capital ? capitalise(short) : short}${possessive}`;
      }
      spans.push({ start: match.index, end: match.index + match[0].length, text: replacement });
    }
    return replaceSpans(runs, spans);
  });

  return {
    letter: anonymised,
    people,
    organisations: parties.organisations.map((o, i) => ({ ...o, shortName: shorts[i] ?? null })),
  };
}
