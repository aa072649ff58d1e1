// Finds the first date written in a passage of evidence ("12 March 2019", "12/03/2019",
// "March 2019", "2019-03-12"), so "Add to chronology" from a text selection can pre-fill the
// event's date and how precisely it is known. UK order: 03/04/2019 is 3 April.
import { isCalendarDate } from '../../../shared/dates/calendar-date';
import type { DatePrecision } from '../../../shared/domain/vocabulary';

export interface FoundDate {
  date: string;
  precision: Extract<DatePrecision, 'day' | 'month'>;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
// "Sept" is common in records; every other month is matched by its first three letters or in full.
const MONTH_NAME =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

const PATTERNS: Array<{ regex: RegExp; read: (m: RegExpExecArray) => FoundDate | null }> = [
  {
    // 2019-03-12
    regex: /\b(\d{4})-(\d{2})-(\d{2})(?!\d)/g,
    read: (m) => day(m[1]!, m[2]!, m[3]!),
  },
  {
    // 12/03/2019, 12.03.2019, 12-03-2019
    regex: /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/g,
    read: (m) => day(m[3]!, m[2]!, m[1]!),
  },
  {
    // 12 March 2019, 12th Mar. 2019, 12 March, 2019
    regex: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_NAME}\\.?,?\\s+(\\d{4})\\b`, 'gi'),
    read: (m) => day(m[3]!, monthNumber(m[2]!), m[1]!),
  },
  {
    // March 12, 2019
    regex: new RegExp(`\\b${MONTH_NAME}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gi'),
    read: (m) => day(m[3]!, monthNumber(m[1]!), m[2]!),
  },
  {
    // March 2019
    regex: new RegExp(`\\b${MONTH_NAME}\\.?\\s+(\\d{4})\\b`, 'gi'),
    read: (m) => {
      const date = `${m[2]}-${monthNumber(m[1]!)}-01`;
      return isCalendarDate(date) ? { date, precision: 'month' } : null;
    },
  },
];

function monthNumber(name: string): string {
  const index = MONTHS.findIndex((full) => full.startsWith(name.toLowerCase().slice(0, 3)));
  return String(index + 1).padStart(2, '0');
}

function day(year: string, month: string, dayOfMonth: string): FoundDate | null {
  const date = `${year}-${month.padStart(2, '0')}-${dayOfMonth.padStart(2, '0')}`;
  return isCalendarDate(date) ? { date, precision: 'day' } : null;
}

/** The earliest date in the text (a full date wins over a month at the same place), or null. */
export function findDateInText(text: string): FoundDate | null {
  let best: { index: number; found: FoundDate } | null = null;
  for (const { regex, read } of PATTERNS) {
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      const found = read(m);
      if (!found) continue;
      if (!best || m.index < best.index) best = { index: m.index, found };
      break;
    }
  }
  return best?.found ?? null;
}
