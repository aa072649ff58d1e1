// The publication check: every identifying detail in a letter that the name anonymiser does not
// replace (NHS and National Insurance numbers, dates of birth and ages, postcodes, addresses,
// telephone numbers, email addresses, hospitals, wards and placements, and people not on the
// case), each with where it is, the text around it and a suggested replacement. Pure and cached
// per piece of text, so a live preview re-examines only the paragraph being typed.
import type { Letter } from '../model';
import { letterTexts } from '../letter-text';
import { detectAddresses } from './address';
import { detectDatesOfBirth } from './date-of-birth';
import { detectEmails } from './email';
import { detectNhsNumbers } from './nhs-number';
import { detectNiNumbers } from './ni-number';
import { detectPersonNames } from './person-name';
import { detectPhones } from './phone';
import { detectPlaces } from './place';
import { detectPostcodes } from './postcode';
import { PII_KINDS, type PiiContext, type PiiDetector, type PiiKind, type PiiMatch } from './types';

export { PII_KINDS, PII_KIND_LABELS, type PiiContext, type PiiKind, type PiiMatch } from './types';
export { isValidNhsNumber } from './nhs-number';

const DETECTORS: PiiDetector[] = [
  detectEmails,
  detectNhsNumbers,
  detectNiNumbers,
  detectPhones,
  detectPostcodes,
  detectDatesOfBirth,
  detectAddresses,
  detectPlaces,
  detectPersonNames,
];

/** Where two finds overlap, the more specific kind wins (an email's digits are not a phone). */
const PRIORITY = new Map<PiiKind, number>(PII_KINDS.map((k, i) => [k, i]));

/** Every detail in one piece of text, in order, overlaps resolved; kept names are not findings. */
function detectUncached(text: string, context: PiiContext): PiiMatch[] {
  const kept = keptRanges(text, context.keep);
  const all = DETECTORS.flatMap((detect) => detect(text, context))
    .filter((m) => m.end > m.start && !kept.some(([s, e]) => m.start >= s && m.end <= e))
    .sort((a, b) => PRIORITY.get(a.kind)! - PRIORITY.get(b.kind)! || b.end - b.start - (a.end - a.start));
  const chosen: PiiMatch[] = [];
  for (const m of all) if (!chosen.some((c) => m.start < c.end && m.end > c.start)) chosen.push(m);
  return chosen.sort((a, b) => a.start - b.start);
}

function keptRanges(text: string, keep: string[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const name of keep) {
    const trimmed = name.trim();
    if (!trimmed) continue;
    let at = text.indexOf(trimmed);
    while (at >= 0) {
      ranges.push([at, at + trimmed.length]);
      at = text.indexOf(trimmed, at + 1);
    }
  }
  return ranges;
}

const CACHE_LIMIT = 5000;
const cache = new Map<string, PiiMatch[]>();

/** Forgets every cached result (benchmarks time the check from cold). */
export function clearPiiCache(): void {
  cache.clear();
}

/** Every identifying detail in `text` (see the module comment). */
export function detectPiiInText(text: string, context: PiiContext): PiiMatch[] {
  if (!/[\p{L}\p{N}]/u.test(text)) return [];
  const key = `${context.keep.join('\u0001')}\u0000${text}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const found = detectUncached(text, context);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(key, found);
  return found;
}

/** A detail found in a letter: what, where and the text around it. */
export interface PiiDetection extends PiiMatch {
  /** "What I found, paragraph 24", "Letter header (title)". */
  where: string;
  /** About forty characters either side. */
  excerpt: string;
}

export function excerptAround(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 40);
  const to = Math.min(text.length, end + 40);
  return `${from > 0 ? '…' : ''}${text.slice(from, to).replace(/\s+/g, ' ').trim()}${to < text.length ? '…' : ''}`;
}

/** The header fields a reader (and the document's metadata) sees, then the body in reading order. */
export function publishedTexts(letter: Letter): Array<{ text: string; where: string }> {
  const { header } = letter;
  return [
    { text: header.body, where: 'Letter header (from)' },
    ...(header.title ? [{ text: header.title, where: 'Letter header (title)' }] : []),
    { text: header.category, where: 'Letter header (category)' },
    { text: header.decision, where: 'Letter header (decision)' },
    ...letterTexts(letter).map((p) => ({ text: p.runs.map((r) => r.text).join(''), where: p.where })),
  ];
}

/** Every identifying detail in the letter's header fields and body, in reading order. */
export function detectPii(letter: Letter, context: PiiContext): PiiDetection[] {
  return publishedTexts(letter).flatMap(({ text, where }) =>
    detectPiiInText(text, context).map((m) => ({ ...m, where, excerpt: excerptAround(text, m.start, m.end) })),
  );
}
