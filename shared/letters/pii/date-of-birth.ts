// Dates of birth and ages: a date (numeric, written out, ISO, or a year after "born in") with a
// birth word shortly before it ("born", "date of birth", "DOB", "birthday"), and a person's age
// ("aged 42", "42 years old", "a 42-year-old"). Other dates are the letter's chronology and stay.
import type { PiiDetector, PiiMatch } from './types';

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const DAY = '(?:[0-3]?\\d)(?:st|nd|rd|th)?';
const DATE = [
  String.raw`[0-3]?\d[/.-][01]?\d[/.-](?:\d{4}|\d{2})`,
  String.raw`\d{4}-[01]\d-[0-3]\d`,
  `${DAY}(?:\\s+of)?\\s+${MONTH}\\.?(?:,?\\s+\\d{4})?`,
  `${MONTH}\\.?\\s+${DAY},?(?:\\s+\\d{4})?`,
].join('|');
const BIRTH_WORD = String.raw`(?:born|birth|birthday|d\.?\s?o\.?\s?b\.?|DOB)`;
/** A birth word, then at most a few words (no sentence end), then the date. */
const BIRTH_DATE = new RegExp(
  String.raw`(?<![\p{L}])${BIRTH_WORD}(?![\p{L}])[^.;!?\n]{0,30}?(?<![\p{L}\p{N}])(${DATE}|(?<=\bborn\s+in\s+)\d{4})(?![\p{L}\p{N}])`,
  'giu',
);
const AGE =
  /(?<![\p{L}\p{N}])(?:aged\s+(\d{1,3})|age\s+(\d{1,3})(?!\s*(?:or|and)\s+(?:over|under))|(\d{1,3})[\s-]years?[\s-](?:old|of\s+age)|(?<=\b(?:is|was)\s+now\s+)(\d{1,3})(?=\s*(?:[,.;]|and\b)))(?![\p{L}\p{N}])/giu;

export const detectDatesOfBirth: PiiDetector = (text) => {
  const found: PiiMatch[] = [];
  for (const m of text.matchAll(BIRTH_DATE)) {
    const date = m[1]!;
    const start = m.index + m[0].length - date.length;
    found.push({
      kind: 'date-of-birth',
      start,
      end: start + date.length,
      text: date,
      certainty: 'certain',
      suggestion: '[date of birth]',
    });
  }
  for (const m of text.matchAll(AGE)) {
    const years = Number(m[1] ?? m[2] ?? m[3] ?? m[4]);
    if (years > 120) continue;
    found.push({
      kind: 'date-of-birth',
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      certainty: 'certain',
      suggestion: '[age]',
    });
  }
  return found;
};
