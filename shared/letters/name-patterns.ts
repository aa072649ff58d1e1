// How a real person's name can appear in a letter (full name, "Title Surname", first name,
// surname, possessives), as whole-word regular expressions: used to replace and to check.
export interface LetterPerson {
  name: string;
  title?: string;
  /** The anonymised name, e.g. "Ms X"; assigned in order of appearance when absent. */
  label?: string;
  /** e.g. "mother", "son": kept for templates that write "her son, Mr Y". */
  relationship?: string;
}

export const TITLES = [
  'Mr',
  'Mrs',
  'Ms',
  'Miss',
  'Mx',
  'Dr',
  'Prof',
  'Professor',
  'Sir',
  'Dame',
  'Lady',
  'Lord',
  'Rev',
  'Revd',
];

const LETTER = String.raw`\p{L}\p{M}\p{N}_`;
/** Not preceded by a letter, digit or hyphen (so "Smith-Jones" is not "Jones"). */
export const WORD_START = String.raw`(?<![${LETTER}\-])`;
/** Not followed by one (an apostrophe may follow: it is handled as a possessive). */
export const WORD_END = String.raw`(?![${LETTER}\-])`;
/** "'s", "’s", or a bare apostrophe after a name ending in s ("Jones'"). */
export const POSSESSIVE = String.raw`(?:(['’])s(?![${LETTER}])|(['’])(?![${LETTER}]))?`;

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Pattern for a name as written, tolerant of runs of spaces and of straight or curly apostrophes. */
export function namePattern(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .map((part) => escapeRegExp(part).replace(/['’]/g, "['’]"))
    .join(String.raw`\s+`);
}

/** An optional title before a name: "Ms ", "Dr. ". */
export function titlePrefix(extra?: string): string {
  const titles = new Set(TITLES);
  if (extra?.trim()) titles.add(extra.trim().replace(/\.$/, ''));
  const alternatives = [...titles].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return String.raw`(?:(?:${alternatives.join('|')})\.?\s+)`;
}

export interface NameParts {
  full: string;
  first: string | null;
  surname: string;
  /** Every given and family name, for the checker. */
  parts: string[];
}

/** "Sarah Jane Jones" → first Sarah, surname Jones. A single name counts as the surname. */
export function nameParts(name: string): NameParts {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const surname = parts[parts.length - 1] ?? name.trim();
  return { full: parts.join(' '), first: parts.length > 1 ? parts[0]! : null, surname, parts };
}

/** Initials as a reader might write them: "S.J.", "S. J.", "SJ", and with middle names "S.A.J.", "SAJ". */
export function initialsPatterns(name: string): string[] {
  const { parts } = nameParts(name);
  const initials = parts.map((p) => Array.from(p)[0]!.toUpperCase());
  const sets = new Set<string>();
  if (initials.length >= 2) {
    sets.add(initials.join('\u0000'));
    sets.add([initials[0]!, initials[initials.length - 1]!].join('\u0000'));
  }
  return [...sets].map((set) => {
    const letters = set.split('\u0000').map(escapeRegExp);
    // Dotted ("S.J.", "S. J.") or run together ("SJ"); never spaced without dots ("S J" is too common).
    const dotted = letters.join(String.raw`\.\s?`) + String.raw`\.`;
    const together = letters.join('');
    return `${WORD_START}(?:${dotted}|${together})${WORD_END}`;
  });
}

const CALENDAR_WORDS = new Set([
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
]);

/**
 * True when the single word at text[start, end) is a month or day written as part of a date
 * ("3 May 2019", "June 2020"), so a person called May or June is not found in every date.
 */
export function isDateWord(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end).replace(/['’]s?$/, '');
  if (!CALENDAR_WORDS.has(word)) return false;
  return /\d\s*$/.test(text.slice(0, start)) || /^\s*\d/.test(text.slice(end));
}
