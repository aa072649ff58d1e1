// What a letter says about the detentions behind the aftercare duty: the section each was under
// and whether it is one after which section 117 applies, so a forensic case (s37/41, s47) says
// why aftercare was owed; and, when more than one council or NHS body appears, why the
// responsible ones are responsible (s117(3), Worcestershire [2023] UKSC 31, the ICB rule).
import type { CaseFileEvent, EventOf } from '../../casefile/schema';
import { formatEventDateLong } from '../../chronology/event-labels';
import { QUALIFYING_SECTIONS, type DetentionSection } from '../../domain/vocabulary';
import type { LetterBlock } from '../model';
import { eventsInOrder, listInWords, type LetterFacts } from './letter-facts';
import { numbered } from './prose';

/** What each section is, in a few words a complainant understands. */
const SECTION_WORDS: Record<DetentionSection, string> = {
  '2': 'for assessment',
  '3': 'for treatment',
  '4': 'for assessment in an emergency',
  '5(2)': 'under a doctor’s holding power',
  '5(4)': 'under a nurse’s holding power',
  '35': 'on remand for a report',
  '36': 'on remand for treatment',
  '37': 'under a hospital order made by a court',
  '37/41': 'under a hospital order with a restriction order made by a court',
  '38': 'under an interim hospital order',
  '45A': 'under a hospital and limitation direction',
  '47': 'on transfer from prison for treatment',
  '47/49': 'on transfer from prison for treatment, with restrictions',
  '48': 'on urgent transfer from prison or immigration detention',
  '48/49': 'on urgent transfer from prison or immigration detention, with restrictions',
  '135': 'under a magistrate’s warrant to a place of safety',
  '136': 'by the police to a place of safety',
};

export const isQualifying = (section: DetentionSection) => QUALIFYING_SECTIONS.includes(section);

/** "detained under section 37/41 of the Mental Health Act 1983". */
export const detainedUnder = (section: DetentionSection) =>
  `detained under section ${section} of the Mental Health Act 1983`;

/** Whether an event's own words already give its section ("section 3", "s.37/41"). */
export function namesSection(text: string, section: DetentionSection): boolean {
  const escaped = section.replace(/[()/]/g, (c) => `\\${c}`);
  return new RegExp(`(section|s\\.?)\\s*${escaped}(?![\\d/(])`, 'i').test(text);
}

function detentions(facts: LetterFacts): Array<EventOf<'detention'>> {
  return eventsInOrder(facts.file).filter((e): e is EventOf<'detention'> => e.type === 'detention');
}

/** One paragraph on the detentions: under which section, and whether each gives a right to aftercare. */
export function detentionsParagraph(facts: LetterFacts): LetterBlock | null {
  const list = detentions(facts);
  if (list.length === 0) return null;
  const person = facts.aggrieved.short;
  const sentences = list.map(
    (d) =>
      `On ${formatEventDateLong(d.date, d.precision)}, ${person} was ${detainedUnder(d.section)} (${SECTION_WORDS[d.section]}).`,
  );
  const qualifying = [...new Set(list.map((d) => d.section).filter(isQualifying))];
  const other = [...new Set(list.map((d) => d.section).filter((s) => !isQualifying(s)))];
  if (qualifying.length > 0)
    sentences.push(
      `Section${qualifying.length > 1 ? 's' : ''} ${listInWords(qualifying)} ${qualifying.length > 1 ? 'are' : 'is'} among the sections after which section 117 applies, so ${person} was entitled to aftercare on leaving hospital (section 117(1)).`,
    );
  if (other.length > 0)
    sentences.push(
      `Detention under section${other.length > 1 ? 's' : ''} ${listInWords(other)} does not on its own give a right to aftercare under section 117.`,
    );
  return numbered(sentences.join(' '));
}

/** A detention event's sentence, with its section when its own words do not give it. */
export function detentionClause(event: CaseFileEvent): string | null {
  if (event.type !== 'detention') return null;
  if (event.text && namesSection(event.text, event.section)) return null;
  return `This was a detention under section ${event.section} of the Mental Health Act 1983${isQualifying(event.section) ? ', one of the sections after which section 117 applies' : ''}.`;
}

const NHS_KINDS = new Set(['ccg', 'icb', 'lhb']);

/** Which council and which NHS body, and why; only when the case has more than one of either. */
export function responsibilityParagraphs(facts: LetterFacts): LetterBlock[] {
  const orgs = facts.file.organisations;
  const councils = orgs.filter((o) => o.kind === 'council').length;
  // A CCG's successor ICB is a second NHS body in the letter.
  const nhs = orgs.filter((o) => NHS_KINDS.has(o.kind)).length + orgs.filter((o) => o.successor).length;
  if (councils < 2 && nhs < 2) return [];
  const blocks: LetterBlock[] = [
    numbered(
      'The council responsible for aftercare is the one for the area where the person was ordinarily resident immediately before being detained (section 117(3)). When a person is detained again under a qualifying section, the earlier duty ends, and after the later discharge the responsible council is the one where they were ordinarily resident immediately before the later detention (R (Worcestershire County Council) v Secretary of State for Health and Social Care [2023] UKSC 31).',
    ),
    numbered(
      'The NHS body responsible depends on when the detention began: from April 2013 the clinical commissioning group (CCG) of the person’s GP practice; from April 2016 the CCG where they were ordinarily resident; and since 1 July 2022, when integrated care boards (ICBs) replaced CCGs, the ICB of the person’s GP practice (or where they usually live if they have no GP), which stays responsible through later detentions until aftercare ends (NHS England, Who Pays? 2022; Integrated Care Boards (Responsibilities) Regulations 2022).',
    ),
  ];
  const { council, nhs: nhsBody } = facts.input.check.responsible;
  const parts: string[] = [];
  if (council.org)
    parts.push(`In this case, the responsible council was ${facts.orgName(council.org)}: ${council.basis}.`);
  if (nhsBody.org)
    parts.push(
      `${parts.length > 0 ? 'The' : 'In this case, the'} responsible NHS body was ${facts.orgName(nhsBody.org)}: ${nhsBody.basis}.`,
    );
  if (parts.length > 0) blocks.push(numbered(parts.join(' ')));
  return blocks;
}
