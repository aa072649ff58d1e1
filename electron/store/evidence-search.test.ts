import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchEvidence, snippetParts, translateSearchQuery } from './evidence-search';
import { addCase, createTestWorkspace, type TestWorkspace } from '../../test/fixtures/evidence/test-workspace';
import { textPdf, writeFixture } from '../../test/fixtures/evidence/make-fixtures';

describe('translating what the user typed', () => {
  const expr = (q: string) => {
    const t = translateSearchQuery(q);
    if (!t.ok) throw new Error(t.message);
    return t.expression;
  };

  it('quotes every term and ANDs them', () => {
    expect(expr('care plan')).toBe('"care" AND "plan"');
  });

  it('keeps "phrases" and prefix* terms', () => {
    expect(expr('"discharged home" aftercare*')).toBe('"discharged home" AND "aftercare"*');
  });

  it('honours OR and -exclusions', () => {
    expect(expr('council OR ccg review -annual')).toBe('("council" OR "ccg") AND "review" NOT "annual"');
  });

  it('treats FTS5 syntax as plain words', () => {
    expect(expr('NEAR(a b) col:x AND')).toBe('"NEAR(a" AND "b)" AND "col:x" AND "AND"');
  });

  it.each([
    ['nothing', '', /Type a word/],
    ['spaces', '   ', /Type a word/],
    ['an unclosed quote', '"discharged home', /quotation mark is not closed/],
    ['punctuation', '* ( ) -', /only punctuation/],
    ['only exclusions', '-annual', /Add a word to look for/],
    ['501 characters', 'x'.repeat(501), /too long/],
    ['a one-letter prefix', 'care a*', /"a\*" would match too many words: type at least 2 letters/],
    ['a phrase ending in a one-letter prefix', '"care p"*', /type at least 2 letters/],
  ])('explains why %s cannot be searched', (_label, query, message) => {
    const t = translateSearchQuery(query);
    expect(t.ok).toBe(false);
    if (!t.ok) expect(t.message).toMatch(message);
  });
});

describe('snippets', () => {
  it('split into plain and highlighted runs', () => {
    expect(snippetParts('…was \uE000discharged\uE001 home\n\uE000today\uE001')).toEqual([
      { text: '…was ', highlight: false },
      { text: 'discharged', highlight: true },
      { text: ' home ', highlight: false },
      { text: 'today', highlight: true },
    ]);
  });
});

describe('searching evidence', () => {
  let ws: TestWorkspace;
  beforeAll(async () => {
    ws = createTestWorkspace();
    addCase(ws.db, 'c1', 'Mr A and Anytown');
    addCase(ws.db, 'c2', 'Ms C and Otherton');
    addCase(ws.db, 'c1-2', 'A case whose id starts like another');
    const plan = await textPdf([
      ['CPA care plan', 'Entitled to section 117 aftercare'],
      ['He was discharged home today', 'Support worker three days a week'],
      ['The home was discharged of its duties'],
    ]);
    const review = await textPdf([['Annual review', 'Aftercare reviewed, aftercare continues, aftercare funded']]);
    const other = await textPdf([['Otherton council charged for aftercare', 'discharged home after section 3']]);
    await ws.evidence.importFiles({
      caseId: 'c1',
      files: [
        await writeFixture(ws.inputDir, 'care-plan.pdf', plan),
        await writeFixture(ws.inputDir, 'review.pdf', review),
      ],
    });
    await ws.evidence.importFiles({ caseId: 'c2', files: [await writeFixture(ws.inputDir, 'invoices.pdf', other)] });
    await ws.evidence.importFiles({ caseId: 'c1-2', files: [await writeFixture(ws.inputDir, 'invoices.pdf', other)] });
  });
  afterAll(async () => {
    await ws.dispose();
  });

  const where = (r: ReturnType<typeof searchEvidence>) => r.hits.map((h) => `${h.caseId}/${h.evidenceId}/p${h.page}`);

  it('gives the page and highlights the words', () => {
    const result = searchEvidence(ws.db, { query: 'support worker', caseId: 'c1' });
    expect(where(result)).toEqual(['c1/d1/p2']);
    const highlighted = result.hits[0]!.snippet.filter((p) => p.highlight).map((p) => p.text);
    expect(highlighted).toEqual(['Support', 'worker']);
    expect(result.hits[0]).toMatchObject({ title: 'care-plan', caseTitle: 'Mr A and Anytown' });
  });

  it('gives each page its own snippet, not the first matching page’s', () => {
    const result = searchEvidence(ws.db, { query: 'discharged', caseId: 'c1' });
    const byPage = new Map(result.hits.map((h) => [h.page, h.snippet.map((p) => p.text).join('')]));
    expect(byPage.get(2)).toContain('discharged home today');
    expect(byPage.get(3)).toContain('discharged of its duties');
  });

  it('matches a phrase only where the words stand together', () => {
    expect(where(searchEvidence(ws.db, { query: '"discharged home"', caseId: 'c1' }))).toEqual(['c1/d1/p2']);
    expect(where(searchEvidence(ws.db, { query: 'discharged home', caseId: 'c1' })).sort()).toEqual([
      'c1/d1/p2',
      'c1/d1/p3',
    ]);
  });

  it('matches a prefix', () => {
    expect(where(searchEvidence(ws.db, { query: 'entit*', caseId: 'c1' }))).toEqual(['c1/d1/p1']);
  });

  it('ranks the page that says it most first', () => {
    const result = searchEvidence(ws.db, { query: 'aftercare', caseId: 'c1' });
    expect(where(result)).toEqual(['c1/d2/p1', 'c1/d1/p1']);
  });

  it('searches one case or all of them', () => {
    expect(where(searchEvidence(ws.db, { query: '"discharged home"' })).sort()).toEqual([
      'c1-2/d1/p1',
      'c1/d1/p2',
      'c2/d1/p1',
    ]);
    expect(where(searchEvidence(ws.db, { query: 'Otherton', caseId: 'c1' }))).toEqual([]);
  });

  it('finds the file name and title too, without a page', () => {
    expect(where(searchEvidence(ws.db, { query: 'invoices', caseId: 'c2' }))).toEqual(['c2/d1/pnull']);
  });

  it('answers a query it cannot run with a helpful message, not an error dump', () => {
    expect(() => searchEvidence(ws.db, { query: '"unfinished' })).toThrow(/A quotation mark is not closed/);
    try {
      searchEvidence(ws.db, { query: '***' });
      expect.unreachable();
    } catch (err) {
      expect(err).toMatchObject({ code: 'invalid_input' });
      expect((err as Error).message).not.toMatch(/fts5|syntax error|SQLITE/i);
    }
  });

  it('searches text the user typed with FTS5 syntax in it safely', () => {
    expect(() => searchEvidence(ws.db, { query: 'care) OR (plan NEAR/2 "x"' })).not.toThrow();
    expect(where(searchEvidence(ws.db, { query: 'section 117 -Otherton' })).sort()).toEqual(['c1/d1/p1']);
  });
});
