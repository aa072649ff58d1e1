// Addresses into the chronology for other areas: the evidence viewer's "Add to chronology"
// (a new event pre-filled with the passage, its page and the date found in it) and the duties
// panel's links that highlight the events a flag rests on.
import { findDateInText } from './find-date';

export interface NewEventPrefill {
  evidence: string;
  page?: number;
  pageEnd?: number;
  quote?: string;
  /** YYYY-MM-DD; when absent, the first date written in the quote is used. */
  date?: string;
  precision?: 'day' | 'month' | 'year' | 'approximate';
}

/** "/cases/c1/chronology/new?evidence=d1&page=3&quote=…&date=2019-03-08" for navigate(). */
export function newEventPath(caseId: string, prefill: NewEventPrefill): string {
  const params = new URLSearchParams({ evidence: prefill.evidence });
  if (prefill.page !== undefined) params.set('page', String(prefill.page));
  if (prefill.pageEnd !== undefined && prefill.pageEnd !== prefill.page) params.set('pageEnd', String(prefill.pageEnd));
  const quote = prefill.quote?.trim();
  if (quote) params.set('quote', quote);
  const found = prefill.date
    ? { date: prefill.date, precision: prefill.precision }
    : quote
      ? findDateInText(quote)
      : null;
  if (found) {
    params.set('date', found.date);
    if (found.precision && found.precision !== 'day') params.set('precision', found.precision);
  }
  return `/cases/${encodeURIComponent(caseId)}/chronology/new?${params}`;
}

/** "/cases/c1/chronology?highlight=e1,e2": the chronology with those events highlighted. */
export function highlightEventsPath(caseId: string, eventIds: readonly string[]): string {
  const ids = eventIds.map(encodeURIComponent).join(',');
  return `/cases/${encodeURIComponent(caseId)}/chronology${ids ? `?highlight=${ids}` : ''}`;
}
