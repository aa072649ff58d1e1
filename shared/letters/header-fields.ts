// The labelled lines of a letter's header block, in the order both renderers print them.
import type { LetterHeader } from './model';

/**
 * [label, value] pairs: reference, category, decision, date (formatted by `formatDate`). A blank
 * field is left out, so a document that is not a decision (a chronology) has no "Decision:" line.
 */
export function letterHeaderFields(
  header: LetterHeader,
  formatDate: (date: string) => string,
): Array<[label: string, value: string]> {
  const fields: Array<[label: string, value: string]> = [
    ['Reference', header.reference],
    ['Category', header.category],
    ['Decision', header.decision],
    ['Date', formatDate(header.date)],
  ];
  return fields.filter(([, value]) => value.trim() !== '');
}
