import { describe, expect, it } from 'vitest';
import { detectPii, detectPiiInText, isValidNhsNumber } from './index';
import { applyPiiDecisions, reviewAnonymisedLetter } from './review';
import type { Letter } from '../model';

const context = { keep: ['Northbridge City Council', 'the Council', 'Mr X'] };
const found = (text: string) => detectPiiInText(text, context).map((m) => [m.kind, m.text, m.certainty]);

const letter = (paragraphs: string[], title = 'Final decision'): Letter =>
  ({
    header: {
      body: 'Local Government and Social Care Ombudsman',
      reference: '21 004 512',
      category: 'Adult care services',
      decision: 'Upheld',
      date: '2024-05-01',
      title,
    },
    sections: [
      {
        id: 'background',
        heading: 'Background',
        blocks: paragraphs.map((p) => ({ kind: 'numbered', runs: [{ text: p }] })),
      },
    ],
    signature: { role: 'Investigator', name: 'Pat Investigator' },
  }) as Letter;

describe('the publication check', () => {
  it('finds every kind in the event the issue quotes, and keeps the case’s public bodies', () => {
    expect(
      found(
        'Northbridge City Council noted: born 14/06/1979, NHS number 943 476 5919, of 27 Wharf Lane, Northbridge NB4 7QT … his friend Tom Baxter.',
      ),
    ).toEqual([
      ['date-of-birth', '14/06/1979', 'certain'],
      ['nhs-number', '943 476 5919', 'certain'],
      ['address', '27 Wharf Lane', 'certain'],
      ['postcode', 'NB4 7QT', 'certain'],
      ['name', 'Tom Baxter', 'certain'],
    ]);
  });

  it('checks the NHS number’s check digit and reports a failing one as possible', () => {
    expect(isValidNhsNumber('9434765919')).toBe(true);
    expect(isValidNhsNumber('9434765918')).toBe(false);
    expect(found('NHS number 9434765918.')).toEqual([['nhs-number', '9434765918', 'possible']]);
  });

  it('leaves dates, money, sections and case references alone', () => {
    expect(
      found('On 14 June 2020 the Council paid £1,288.00 under s117(3) and section 37/41 (ref 21 004 512a).'),
    ).toEqual([]);
  });

  it('lists where each detail is, and reviews: replace everywhere, keep with a reason, the rest unresolved', () => {
    const l = letter([
      'Mr X’s friend, Tom Baxter, visited him at Riverside Court.',
      'Tom Baxter rang on 01632 960123.',
    ]);
    expect(detectPii(l, context).map((d) => [d.kind, d.where])).toEqual([
      ['name', 'Background, paragraph 1'],
      ['place', 'Background, paragraph 1'],
      ['name', 'Background, paragraph 2'],
      ['phone', 'Background, paragraph 2'],
    ]);
    const outcome = reviewAnonymisedLetter(l, context, [
      { text: 'Tom Baxter', action: 'replace', replacement: "Mr X's friend" },
      { text: 'Riverside Court', action: 'keep', reason: 'named in the published CQC report' },
    ]);
    expect(outcome.items.map((i) => [i.text, i.status, i.occurrences.length])).toEqual([
      ['Tom Baxter', 'replaced', 2],
      ['Riverside Court', 'kept', 1],
      ['01632 960123', 'unresolved', 1],
    ]);
    expect(outcome.unresolved.map((i) => i.text)).toEqual(['01632 960123']);
    const text = JSON.stringify(outcome.letter);
    expect(text).not.toContain('Tom Baxter');
    expect(text).toContain("Mr X's friend rang");
  });

  it('replaces in the header too, since the title becomes the document’s metadata', () => {
    const l = applyPiiDecisions(letter([], 'Decision about Tom Baxter'), [
      { text: 'Tom Baxter', action: 'replace', replacement: 'Mr X' },
    ]);
    expect(l.header.title).toBe('Decision about Mr X');
    expect(detectPii(letter([], 'Decision about Tom Baxter'), context).map((d) => d.where)).toEqual([
      'Letter header (title)',
    ]);
  });
});

describe('labels are not names', () => {
  it('skips "Mrs X." at the end of a sentence and "Ms Y"', () => {
    expect(found('I discussed the complaint with Mrs X. Then I met Ms Y and Dr Okafor.')).toEqual([
      ['name', 'Dr Okafor', 'certain'],
    ]);
  });
});

describe('suggestions', () => {
  it('suggest a kind of place, or "the placement" when a description follows the name', () => {
    const suggestion = (text: string) => detectPiiInText(text, context).map((m) => m.suggestion);
    expect(suggestion('He moved to Harbourside House in May.')).toEqual(['a care home']);
    expect(suggestion('He moved to Harbourside House, a care home, in May.')).toEqual(['the placement']);
    expect(suggestion('He was admitted to Oak Ward at St Luke’s Hospital.')).toEqual(['a ward', 'a hospital']);
  });
});
