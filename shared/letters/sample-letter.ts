// A synthetic decision statement of any length, for renderer tests, the benchmark and demos.
// Its wording is invented filler in the shape of an LGSCO/PHSO decision, not template text.
import { md, type Inline, type Letter, type LetterBlock, type LetterSection } from './model';

const SENTENCES = [
  'Ms X was detained under section 3 of the Mental Health Act 1983 and was later discharged home.',
  'The Council and the ICB share the duty to provide aftercare services under **section 117** until both decide, jointly, that they are no longer needed.',
  'I have considered the records the Trust sent, including the care programme approach plan dated 20 February 2019.',
  'Mrs Y told us she paid for a support worker herself because no services were arranged after discharge.',
  'The guidance says a person should not be charged for services that meet a need arising from their mental disorder.',
  'There is no record of a review meeting between March 2019 and January 2020, which is *fault*.',
  'On the balance of probabilities, had the review taken place, the services would have been arranged sooner.',
  'The Council accepts it did not tell Mrs Y that the care home fees were aftercare and so free of charge.',
  'We cannot question a decision made without fault, however strongly the complainant disagrees with it.',
  'This caused Ms X and Mrs Y avoidable distress and uncertainty, and a financial loss of £3,212.00.',
  'The ICB says it was not aware of the discharge until a social worker emailed it in June 2019.',
  'I have shared a draft of this decision with the parties and considered their comments before reaching it.',
];

function sentenceText(index: number, count: number): string {
  const parts: string[] = [];
  for (let i = 0; i < count; i++) parts.push(SENTENCES[(index * 7 + i * 5) % SENTENCES.length]!);
  return parts.join(' ');
}

export interface SampleLetterOptions {
  /** Numbered paragraphs in total (spread over the sections). */
  paragraphs: number;
  /** Rows of the chronology table. */
  tableRows: number;
  draft?: boolean;
  /** The investigator who signs, a name with accents by default. */
  signatory?: string;
}

/** A decision statement with every block kind: headings, numbered paragraphs, lists and a long table. */
export function buildSampleLetter(options: SampleLetterOptions): Letter {
  let next = 0;
  const numbered = (count: number): LetterBlock[] =>
    Array.from({ length: count }, () => {
      const i = next++;
      return { kind: 'numbered', runs: md(sentenceText(i, 1 + (i % 4))) };
    });
  const share = (fraction: number) => Math.max(1, Math.round(options.paragraphs * fraction));
  const counts = [0.08, 0.08, 0.12, 0.08, 0.1, 0.3, 0.12].map(share);
  const used = counts.reduce((a, b) => a + b, 0);
  counts.push(Math.max(1, options.paragraphs - used));

  const chronology: Inline[][] = Array.from({ length: options.tableRows }, (_, i) => [
    [{ text: `${String((i % 28) + 1).padStart(2, '0')}/0${(i % 9) + 1}/2019` }],
    md(i % 5 === 0 ? sentenceText(i, 2) : sentenceText(i, 1).split('. ')[0]!),
    [{ text: i % 3 === 0 ? 'the Council' : i % 3 === 1 ? 'the ICB' : 'the Trust' }],
    [{ text: `£${(((i * 137) % 900) + 12).toLocaleString('en-GB')}.00` }],
  ]);

  const sections: LetterSection[] = [
    { id: 'summary', heading: 'Summary', blocks: numbered(counts[0]!) },
    { id: 'complaint', heading: 'The complaint', blocks: numbered(counts[1]!) },
    { id: 'role', heading: "The Ombudsmen's role and powers", blocks: numbered(counts[2]!) },
    { id: 'how', heading: 'How I considered this complaint', blocks: numbered(counts[3]!) },
    {
      id: 'found',
      heading: 'What I found',
      blocks: [
        { kind: 'subheading', text: 'Relevant law and guidance' },
        ...numbered(counts[4]!),
        {
          kind: 'bullets',
          items: [
            md('the **Mental Health Act 1983**, section 117;'),
            md('the *Mental Health Act 1983: Code of Practice*, chapter 33;'),
            md('the Care Act 2014 and the Care and Support Statutory Guidance.'),
          ],
        },
        { kind: 'subheading', text: 'What happened' },
        { kind: 'paragraph', runs: md('The table below sets out the key events and what each cost Mrs Y.') },
        {
          kind: 'table',
          header: [md('**Date**'), md('**What happened**'), md('**Body**'), md('**Cost**')],
          rows: chronology,
          align: ['left', 'left', 'left', 'right'],
        },
        ...numbered(counts[5]!),
        { kind: 'subheading', text: 'Analysis' },
        ...numbered(counts[6]!),
      ],
    },
    {
      id: 'action',
      heading: 'Agreed action',
      blocks: [
        {
          kind: 'numberedList',
          items: [
            md('apologise to Ms X and Mrs Y in writing;'),
            md('pay Mrs Y **£3,212.00** to refund the care home fees, with interest;'),
            md('pay Ms X £500 for the distress caused.'),
          ],
        },
        ...numbered(Math.max(1, Math.floor(counts[7]! / 2))),
      ],
    },
    { id: 'final', heading: 'Final decision', blocks: numbered(Math.max(1, Math.ceil(counts[7]! / 2))) },
  ];
  return {
    header: {
      body: 'Local Government and Social Care Ombudsman and Parliamentary and Health Service Ombudsman',
      reference: '19 016 759a',
      category: 'Adult care services > Section 117 aftercare',
      decision: 'Upheld: fault and injustice',
      date: '2022-01-15',
      draft: options.draft ?? false,
      title: options.draft ? 'Draft decision' : 'Final decision',
    },
    sections,
    signature: {
      role: "Investigator's decision on behalf of the Ombudsmen",
      name: options.signatory ?? 'Siobhán Wiśniewska',
    },
  };
}
