// Decision-letter templates: a Letter built from a case, its duty check and its remedy. The
// letters UI edits the result; buildSection regenerates one section from the case again.
import type { CaseFile } from '../../casefile/schema';
import type { RemedyResult } from '../../remedies';
import type { CheckOutput } from '../../s117/check-output';
import type { DutyStatus } from '../../s117/duties';
import type { Letter, LetterSection } from '../model';

export type TemplateId = 'draft' | 'final' | 'council-response';

export const TEMPLATE_LABELS: Record<TemplateId, string> = {
  draft: "Ombudsmen's draft decision",
  final: "Ombudsmen's final decision",
  'council-response': 'Council complaint response',
};

export interface LetterInput {
  file: CaseFile;
  check: CheckOutput;
  duties: DutyStatus[];
  remedy: RemedyResult;
  /** YYYY-MM-DD: the date the check and remedy were worked out to. */
  asAt: string;
  /** YYYY-MM-DD: the date on the letter. */
  date: string;
  /** The signatory's name. */
  investigator: string;
}

function sections(template: TemplateId, input: LetterInput): LetterSection[] {
  const title = input.file.case.title;
  return [
    {
      id: 'summary',
      heading: template === 'council-response' ? 'Your complaint' : 'Summary',
      blocks: [{ kind: 'numbered', runs: [{ text: title }] }],
    },
  ];
}

export function buildLetter(template: TemplateId, input: LetterInput): Letter {
  return {
    header: {
      body: 'Local Government and Social Care Ombudsman and Parliamentary and Health Service Ombudsman',
      reference: input.file.case.reference ?? '',
      category: 'Adult care services: Section 117 aftercare',
      decision: (input.file.findings ?? []).length > 0 ? 'Upheld: fault causing injustice' : 'Not upheld: no fault',
      date: input.date,
      ...(template === 'draft' ? { draft: true, title: 'Draft decision' } : { title: 'Final decision' }),
    },
    sections: sections(template, input),
    signature: { role: "Investigator's decision on behalf of the Ombudsmen", name: input.investigator },
  };
}

/** Rebuilds one section (for "regenerate from the case" in the editor); same ids as buildLetter's sections. */
export function buildSection(template: TemplateId, sectionId: string, input: LetterInput): LetterSection | null {
  return sections(template, input).find((s) => s.id === sectionId) ?? null;
}
