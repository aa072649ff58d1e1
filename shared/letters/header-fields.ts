// The labelled lines of a letter's header block, in the order both renderers print them.
import type { LetterHeader } from './model';

/** [label, value] pairs: reference, category, decision, date (formatted by `formatDate`). */
export function letterHeaderFields(
  header: LetterHeader,
  formatDate: (date: string) => string,
): Array<[label: string, value: string]> {
  return [
    ['Reference', header.reference],
    ['Category', header.category],
    ['Decision', header.decision],
    ['Date', formatDate(header.date)],
  ];
}
