// "Add to chronology" from a selected passage: the new event's address.
import { describe, expect, it } from 'vitest';
import { chronologyLinkFor, MAX_QUOTE_CHARS, tidyQuote } from './chronology-link';

const paramsOf = (link: string) => new URLSearchParams(link.split('?')[1]);

describe('chronologyLinkFor', () => {
  it('carries the document, page and quote, and the date the passage names', () => {
    const link = chronologyLinkFor({
      caseId: 'c 1',
      evidenceId: 'd3',
      page: 2,
      quote: 'Discharged home\n on 8 March 2019 with no plan.',
    });
    expect(link.startsWith('/cases/c%201/chronology/new?')).toBe(true);
    const params = paramsOf(link);
    expect(params.get('evidence')).toBe('d3');
    expect(params.get('page')).toBe('2');
    expect(params.get('quote')).toBe('Discharged home on 8 March 2019 with no plan.');
    expect(params.get('date')).toBe('2019-03-08');
    expect(params.get('precision')).toBe('day');
  });

  it('leaves the date out when the passage has none, and the page when there are no pages', () => {
    const params = paramsOf(chronologyLinkFor({ caseId: 'c1', evidenceId: 'd1', page: null, quote: 'no plan' }));
    expect(params.has('date')).toBe(false);
    expect(params.has('page')).toBe(false);
  });
});

describe('tidyQuote', () => {
  it('cuts a very long selection at a word', () => {
    const quote = tidyQuote('word '.repeat(1000));
    expect(quote.length).toBeLessThanOrEqual(MAX_QUOTE_CHARS + 1);
    expect(quote.endsWith('word…')).toBe(true);
  });
});
