// The addresses other areas open: what the chronology reads back from them is what was meant.
import { describe, expect, it } from 'vitest';
import { formFromPrefill } from './event-form-values';
import { highlightEventsPath, newEventPath } from './links';

const query = (path: string) => new URLSearchParams(path.slice(path.indexOf('?') + 1));

describe('newEventPath', () => {
  it('carries the passage and finds its date, which the form then shows', () => {
    const path = newEventPath('c1', { evidence: 'd1', page: 3, quote: 'Seen in March 2019 & discharged' });
    expect(path.startsWith('/cases/c1/chronology/new?')).toBe(true);
    const values = formFromPrefill(query(path));
    expect(values.precision).toBe('month');
    expect(values.date).toBe('2019-03');
    expect(values.citations).toEqual([
      { evidence: 'd1', page: '3', pageEnd: '', quote: 'Seen in March 2019 & discharged' },
    ]);
  });

  it('prefers a date given outright, and leaves the date empty when there is none', () => {
    expect(
      formFromPrefill(query(newEventPath('c1', { evidence: 'd1', quote: '1 May 2020', date: '2019-01-02' }))).date,
    ).toBe('02/01/2019');
    expect(formFromPrefill(query(newEventPath('c1', { evidence: 'd1', quote: 'no date' }))).date).toBe('');
  });
});

describe('highlightEventsPath', () => {
  it('lists the events to highlight', () => {
    expect(highlightEventsPath('c1', ['e1', 'e2'])).toBe('/cases/c1/chronology?highlight=e1,e2');
    expect(highlightEventsPath('c1', [])).toBe('/cases/c1/chronology');
  });
});
