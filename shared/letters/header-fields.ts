// The labelled lines of a letter's header block, in the order both renderers print them.
import type { LetterHeader } from './model';

/**
 * [label, value] pairs: reference, category, decision, date (formatted by `formatDate`). A blank
 * field is left out, so a document that is not a decision (a chronology) has no "Decision:" line.
 * A joint decision gives each body its reference and name on one line and its decision on the
 * next ("21 004 512a Eastmere Council" / "Upheld: …"), the label on the first only (an empty
 * label prints nothing).
 */
export function letterHeaderFields(
  header: LetterHeader,
  formatDate: (date: string) => string,
): Array<[label: string, value: string]> {
  const decisions: Array<[string, string]> =
    header.decisions && header.decisions.length > 0
      ? header.decisions.flatMap((d, i): Array<[string, string]> => [
          [i === 0 ? 'Decision' : '', `${d.reference ? `${d.reference} ` : ''}${d.body}`],
          ['', d.decision],
        ])
      : [['Decision', header.decision]];
  const fields: Array<[label: string, value: string]> = [
    ['Reference', header.reference],
    ['Category', header.category],
    ...decisions,
    ['Date', formatDate(header.date)],
  ];
  return fields.filter(([, value]) => value.trim() !== '');
}
