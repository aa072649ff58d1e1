// The address of a new chronology event pre-filled from a passage selected in the viewer: the
// document, the page, the words quoted and, when the passage names one, the date.
import { findDateInText } from '../chronology/find-date';

/** Longest quote carried in the address; a longer selection is cut at a word. */
export const MAX_QUOTE_CHARS = 1500;

export function tidyQuote(selected: string): string {
  const text = selected.replace(/\s+/g, ' ').trim();
  if (text.length <= MAX_QUOTE_CHARS) return text;
  const cut = text.slice(0, MAX_QUOTE_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${space > MAX_QUOTE_CHARS / 2 ? cut.slice(0, space) : cut}…`;
}

export function chronologyLinkFor(input: {
  caseId: string;
  evidenceId: string;
  page: number | null;
  quote: string;
}): string {
  const quote = tidyQuote(input.quote);
  const params = new URLSearchParams({ evidence: input.evidenceId });
  if (input.page !== null) params.set('page', String(input.page));
  if (quote) params.set('quote', quote);
  const found = findDateInText(quote);
  if (found) {
    params.set('date', found.date);
    params.set('precision', found.precision);
  }
  return `/cases/${encodeURIComponent(input.caseId)}/chronology/new?${params.toString()}`;
}
