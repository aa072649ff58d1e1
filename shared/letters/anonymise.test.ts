import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { anonymiseLetter, assignLabels, type LetterOrganisation, type LetterPerson } from './anonymise';
import { assertAnonymised, findRealNames, RealNamesFoundError } from './find-real-names';
import { inlineText, md, type Letter, type LetterBlock } from './model';
import { renderLetterDocx } from './render-docx';
import type { CaseFileOrganisation, CaseFilePerson } from '../casefile/schema';

const people: LetterPerson[] = [
  { name: 'Sarah Jones', title: 'Ms' },
  { name: 'Anne Jones', title: 'Mrs', relationship: 'mother' },
  { name: 'Tomasz Wiśniewski', title: 'Mr', label: 'Mr B' },
];
const organisations: LetterOrganisation[] = [
  { name: 'Anytown Borough Council', kind: 'council' },
  { name: 'Anytown Mental Health NHS Trust', kind: 'trust' },
  { name: 'NHS Anytown CCG', kind: 'ccg', shortName: 'the CCG' },
];

function letterWith(...paragraphs: string[]): Letter {
  return {
    header: { body: 'LGSCO', reference: '19 016 759', category: 'Adult care', decision: 'Upheld', date: '2022-01-15' },
    sections: [
      { id: 's1', heading: 'Summary', blocks: paragraphs.map((p): LetterBlock => ({ kind: 'numbered', runs: md(p) })) },
    ],
    signature: { role: "Investigator's decision on behalf of the Ombudsmen", name: 'Siobhán Wiśniewska' },
  };
}

const paragraphTexts = (letter: Letter) =>
  letter.sections.flatMap((s) => s.blocks.map((b) => (b.kind === 'numbered' ? inlineText(b.runs) : '')));

describe('anonymiseLetter', () => {
  it('replaces full names, titled surnames, first names and possessives with the labels', () => {
    const letter = letterWith(
      'Mrs Anne Jones complained on behalf of her daughter, Sarah Jones.',
      "Ms Jones's care plan was never reviewed. Sarah told us she felt abandoned.",
      "Mrs Jones' complaint was about Mr Wiśniewski's advice and Tomasz's delay.",
    );
    const { letter: out, people: labelled } = anonymiseLetter(letter, { people, organisations });
    // Mrs Anne Jones appears first, so she is X; Sarah Y; the set label is kept.
    expect(labelled.map((p) => p.label)).toEqual(['Ms Y', 'Mrs X', 'Mr B']);
    expect(paragraphTexts(out)).toEqual([
      'Mrs X complained on behalf of her daughter, Ms Y.',
      "Ms Y's care plan was never reviewed. Ms Y told us she felt abandoned.",
      "Mrs X's complaint was about Mr B's advice and Mr B's delay.",
    ]);
    expect(findRealNames(out, people)).toEqual([]);
  });

  it('keeps emphasis and replaces a name split across bold and plain runs', () => {
    const letter = letterWith('We found **Sarah** Jones was *not* told.');
    const { letter: out } = anonymiseLetter(letter, { people, organisations });
    const block = out.sections[0]!.blocks[0]!;
    expect(block.kind === 'numbered' && block.runs).toEqual([
      { text: 'We found ' },
      { text: 'Ms X', bold: true },
      { text: ' was ' },
      { text: 'not', italic: true },
      { text: ' told.' },
    ]);
  });

  it('defines organisations at first mention and uses the short name after', () => {
    const letter = letterWith(
      'Sarah Jones complained about Anytown Borough Council and Anytown Mental Health NHS Trust.',
      'Anytown Borough Council said the Anytown Mental Health NHS Trust had not told it. The Anytown Borough Council disagreed.',
      "NHS Anytown CCG (the CCG) accepted it. Anytown Borough Council's records were poor.",
    );
    const { letter: out } = anonymiseLetter(letter, { people, organisations });
    expect(paragraphTexts(out)).toEqual([
      'Ms X complained about Anytown Borough Council (the Council) and Anytown Mental Health NHS Trust (the Trust).',
      'The Council said the Trust had not told it. The Council disagreed.',
      "NHS Anytown CCG (the CCG) accepted it. The Council's records were poor.",
    ]);
  });

  it('does not touch words that merely contain a name, or the signature', () => {
    const letter = letterWith('Jonestown and Smith-Jones are not Ms X. SarahJ is a username.');
    const { letter: out } = anonymiseLetter(letter, { people, organisations });
    expect(paragraphTexts(out)).toEqual(['Jonestown and Smith-Jones are not Ms X. SarahJ is a username.']);
    expect(out.signature.name).toBe('Siobhán Wiśniewska');
  });

  it('leaves a surname two people share, unqualified, for the checker to flag', () => {
    const letter = letterWith('Sarah Jones complained. The Jones family moved in 2019.');
    const { letter: out } = anonymiseLetter(letter, { people, organisations });
    expect(paragraphTexts(out)).toEqual(['Ms X complained. The Jones family moved in 2019.']);
    expect(findRealNames(out, people).map((f) => f.found)).toEqual(['Jones']);
  });

  it('does not mistake a month in a date for a person called May', () => {
    const cast: LetterPerson[] = [{ name: 'May Evans', title: 'Mrs' }];
    const letter = letterWith('May told us that on 3 May 2019 she called. In May 2020 Evans wrote again.');
    const { letter: out } = anonymiseLetter(letter, { people: cast, organisations: [] });
    expect(paragraphTexts(out)).toEqual([
      'Mrs X told us that on 3 May 2019 she called. In May 2020 Mrs X wrote again.',
    ]);
    expect(findRealNames(out, cast)).toEqual([]);
    expect(findRealNames(letter, cast).map((f) => f.found)).toEqual(['May', 'Evans']);
  });
});

describe('with case-file parties', () => {
  it('takes the people and organisations of a case file as they are, keeping their labels', () => {
    const casePeople: CaseFilePerson[] = [
      { id: 'p1', role: 'aggrieved', title: 'Ms', name: 'Sarah Jones', label: 'Ms X' },
      { id: 'p2', role: 'complainant', title: 'Mrs', name: 'Anne Jones', label: 'Mrs Y', relationship: 'mother' },
    ];
    const caseOrgs: CaseFileOrganisation[] = [{ id: 'council', kind: 'council', name: 'Anytown Borough Council' }];
    const { letter: out } = anonymiseLetter(letterWith('Anne Jones wrote to Anytown Borough Council about Sarah.'), {
      people: casePeople,
      organisations: caseOrgs,
    });
    expect(paragraphTexts(out)).toEqual(['Mrs Y wrote to Anytown Borough Council (the Council) about Ms X.']);
  });
});

describe('assignLabels', () => {
  it('assigns X, Y then B, C… in order of appearance, skipping real initials', () => {
    const cast: LetterPerson[] = [
      { name: 'Brian Cole', title: 'Mr' },
      { name: 'Yvonne Dale', title: 'Ms' },
      { name: 'Eve Field' },
      { name: 'Gail Hart', title: 'Dr' },
    ];
    const letter = letterWith('Eve Field called Brian Cole. Yvonne Dale was not mentioned before Gail Hart.');
    // Eve appears first and gets X; Y, B, C, D, E, F, G and H are someone's initial, so I, J, K follow.
    expect(assignLabels(letter, cast).map((p) => p.label)).toEqual(['Mr I', 'Ms J', 'X', 'Dr K']);
  });
});

describe('findRealNames', () => {
  it('finds a planted name and initials, saying where they are, and the export refuses', () => {
    const clean = anonymiseLetter(
      letterWith('Sarah Jones complained.', 'Mrs Anne Jones supported her.', 'Nothing else to say.'),
      { people, organisations },
    ).letter;
    expect(findRealNames(clean, people)).toEqual([]);
    expect(() => assertAnonymised(clean, people)).not.toThrow();

    const planted: Letter = {
      ...clean,
      sections: [
        ...clean.sections,
        {
          id: 'found',
          heading: 'What I found',
          blocks: [
            {
              kind: 'numbered',
              runs: md('The notes of 3 May say S.J. was unwell and that SJ missed her appointment.'),
            },
            { kind: 'bullets', items: [md('a letter to Ms Jones about her fees')] },
            { kind: 'table', header: [md('Date')], rows: [[md('Ms J called')]] },
          ],
        },
      ],
    };
    const findings = findRealNames(planted, people);
    expect(findings.map((f) => [f.found, f.where])).toEqual([
      ['S.J.', 'What I found, paragraph 4'],
      ['SJ', 'What I found, paragraph 4'],
      ['Jones', 'What I found, list item 1 (after paragraph 4)'],
      ['Ms J', 'What I found, table row 1, column 1 (after paragraph 4)'],
    ]);
    expect(findings[0]!.name).toBe('Sarah Jones');
    expect(findings[0]!.excerpt).toContain('say S.J. was unwell');
    expect(() => assertAnonymised(planted, people)).toThrow(RealNamesFoundError);
  });

  it('finds a full name in any case, in headings and the header fields', () => {
    const letter = letterWith('Nothing here.');
    letter.sections[0]!.heading = 'Complaint by SARAH JONES';
    letter.header.decision = 'Upheld: Anne Jones';
    const wheres = findRealNames(letter, people).map((f) => [f.found, f.where]);
    expect(wheres).toEqual([
      ['Anne Jones', 'Letter header (decision)'],
      ['SARAH JONES', 'Complaint by SARAH JONES, heading'],
    ]);
  });
});

describe('anonymised output', () => {
  it('renders to a DOCX in which no real name, surname or first name appears', async () => {
    const letter = letterWith(
      'Mrs Anne Jones complained that Anytown Borough Council did not help Sarah.',
      "Ms Jones's mother, Mrs Jones, paid Mr Wiśniewski's agency.",
    );
    letter.sections.push({
      id: 't',
      heading: 'What happened',
      blocks: [{ kind: 'table', header: [md('Who')], rows: [[md('Sarah Jones')], [md('Tomasz Wiśniewski')]] }],
    });
    const { letter: out } = anonymiseLetter(letter, { people, organisations });
    expect(findRealNames(out, people)).toEqual([]);
    const xml = strFromU8(unzipSync(await renderLetterDocx(out))['word/document.xml']!);
    for (const word of ['Sarah', 'Anne', 'Jones', 'Tomasz', 'Wiśniewski']) expect(xml).not.toContain(word);
    expect(xml).toContain('Anytown Borough Council (the Council)');
  });
});
