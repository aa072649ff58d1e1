// The anonymisation check: lists every trace of a real person's name left in a letter (full
// name, any given or family name, initials such as "S.J." or "SJ", "Ms J") so that an export
// can refuse to write a letter that would identify someone.
import type { Letter } from './model';
import { letterTexts, type TextPlace } from './letter-text';
import {
  TITLES,
  WORD_END,
  WORD_START,
  escapeRegExp,
  initialsPatterns,
  isDateWord,
  nameParts,
  namePattern,
  type LetterPerson,
} from './name-patterns';

export interface RealNameFinding {
  /** The real name of the person the trace belongs to. */
  name: string;
  /** Where: "What I found, paragraph 24", "Letter header (decision)"… */
  where: string;
  /** The text around the trace. */
  excerpt: string;
  /** What was found, as written: "Jones's" → "Jones", "S.J.". */
  found: string;
  kind: 'full name' | 'name' | 'initials';
}

interface Probe {
  person: number;
  kind: RealNameFinding['kind'];
  regex: RegExp;
}

function probes(people: LetterPerson[]): Probe[] {
  const full: Probe[] = [];
  const names: Probe[] = [];
  const initials: Probe[] = [];
  people.forEach((person, i) => {
    const n = nameParts(person.name);
    full.push({
      person: i,
      kind: 'full name',
      regex: new RegExp(`${WORD_START}${namePattern(n.full)}${WORD_END}`, 'giu'),
    });
    for (const part of new Set(n.parts)) {
      if (Array.from(part).length < 2 || TITLES.includes(part.replace(/\.$/, ''))) continue;
      names.push({ person: i, kind: 'name', regex: new RegExp(`${WORD_START}${namePattern(part)}${WORD_END}`, 'gu') });
    }
    for (const pattern of initialsPatterns(person.name)) {
      initials.push({ person: i, kind: 'initials', regex: new RegExp(pattern, 'gu') });
    }
    // A label made of a real initial ("Ms J" for Sarah Jones) identifies as surely as the name.
    const letters = [...new Set(n.parts.map((p) => Array.from(p)[0]!.toUpperCase()))].map(escapeRegExp);
    const titles = person.title?.trim() ? [escapeRegExp(person.title.trim().replace(/\.$/, ''))] : TITLES;
    initials.push({
      person: i,
      kind: 'initials',
      regex: new RegExp(`${WORD_START}(?:${titles.join('|')})\\.?\\s+(?:${letters.join('|')})\\.?${WORD_END}`, 'gu'),
    });
  });
  return [...full, ...names, ...initials];
}

function excerptAround(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 40);
  const to = Math.min(text.length, end + 40);
  return `${from > 0 ? '…' : ''}${text.slice(from, to).replace(/\s+/g, ' ').trim()}${to < text.length ? '…' : ''}`;
}

/**
 * Every remaining trace of `people`'s real names in the letter body and header fields, in reading
 * order. Empty means the letter may be exported. The signature (the investigator) is not checked.
 */
export function findRealNames(letter: Letter, people: LetterPerson[]): RealNameFinding[] {
  const all = probes(people);
  const { header } = letter;
  const places: TextPlace[] = [
    { runs: [{ text: header.body }], where: 'Letter header (from)' },
    ...(header.title ? [{ runs: [{ text: header.title }], where: 'Letter header (title)' }] : []),
    { runs: [{ text: header.category }], where: 'Letter header (category)' },
    { runs: [{ text: header.decision }], where: 'Letter header (decision)' },
    ...letterTexts(letter),
  ];
  const findings: RealNameFinding[] = [];
  for (const place of places) {
    const text = place.runs.map((r) => r.text).join('');
    const taken: Array<[number, number]> = [];
    const here: Array<RealNameFinding & { at: number }> = [];
    for (const probe of all) {
      probe.regex.lastIndex = 0;
      for (const match of text.matchAll(probe.regex)) {
        const start = match.index;
        const end = start + match[0].length;
        if (taken.some(([s, e]) => start < e && end > s)) continue;
        if (probe.kind === 'name' && isDateWord(text, start, end)) continue;
        taken.push([start, end]);
        here.push({
          at: start,
          name: people[probe.person]!.name,
          where: place.where,
          excerpt: excerptAround(text, start, end),
          found: match[0],
          kind: probe.kind,
        });
      }
    }
    here.sort((a, b) => a.at - b.at);
    findings.push(...here.map(({ at: _at, ...finding }) => finding));
  }
  return findings;
}

/** Thrown by `assertAnonymised`: the export must not write this letter. */
export class RealNamesFoundError extends Error {
  constructor(readonly findings: RealNameFinding[]) {
    super(
      `The letter still names ${findings.length === 1 ? 'a real person' : 'real people'}: ` +
        findings
          .slice(0, 5)
          .map((f) => `"${f.found}" (${f.where})`)
          .join('; ') +
        (findings.length > 5 ? `; and ${findings.length - 5} more` : ''),
    );
    this.name = 'RealNamesFoundError';
  }
}

/** Throws RealNamesFoundError when any real name remains; exports call this before writing. */
export function assertAnonymised(letter: Letter, people: LetterPerson[]): void {
  const findings = findRealNames(letter, people);
  if (findings.length > 0) throw new RealNamesFoundError(findings);
}
