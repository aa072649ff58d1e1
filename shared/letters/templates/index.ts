// Decision-letter templates: a Letter built from a case, its duty check and its remedy. The
// letters UI edits the result; buildSection regenerates one section from the case again.
import type { Letter, LetterHeader, LetterSection } from '../model';
import { answeringCouncil, councilOutcome, councilResponseSections } from './council-response';
import { letterFacts, type LetterFacts } from './letter-facts';
import type { LetterInput } from './letter-input';
import { decisionHeaderFields, decisionSections } from './ombudsman-decision';

export type { LetterInput } from './letter-input';
export { commentsDue } from './ombudsman-decision';

export type TemplateId = 'draft' | 'final' | 'council-response';

export const TEMPLATE_LABELS: Record<TemplateId, string> = {
  draft: "Ombudsmen's draft decision",
  final: "Ombudsmen's final decision",
  'council-response': 'Council complaint response',
};

export const TEMPLATE_IDS = Object.keys(TEMPLATE_LABELS) as TemplateId[];

export const OMBUDSMEN_BODY =
  'Local Government and Social Care Ombudsman and Parliamentary and Health Service Ombudsman';
export const AFTERCARE_CATEGORY = 'Adult care services: Section 117 aftercare';

function sections(template: TemplateId, facts: LetterFacts): LetterSection[] {
  return template === 'council-response' ? councilResponseSections(facts) : decisionSections(template, facts);
}

function header(template: TemplateId, facts: LetterFacts): LetterHeader {
  const date = facts.input.date;
  if (template === 'council-response') {
    const council = answeringCouncil(facts);
    return {
      body: council ? facts.orgName(council) : 'The Council',
      reference: facts.file.case.reference ?? '',
      category: AFTERCARE_CATEGORY,
      decision: councilOutcome(facts),
      date,
      title: 'Response to your complaint',
    };
  }
  return {
    body: OMBUDSMEN_BODY,
    category: AFTERCARE_CATEGORY,
    ...decisionHeaderFields(facts),
    date,
    ...(template === 'draft' ? { draft: true, title: 'Draft decision' } : { title: 'Final decision' }),
  };
}

export function buildLetter(template: TemplateId, input: LetterInput): Letter {
  const facts = letterFacts(input);
  const council = answeringCouncil(facts);
  const role =
    template === 'council-response'
      ? `Complaints Manager, ${council ? facts.orgName(council) : 'the Council'}`
      : "Investigator's decision on behalf of the Ombudsmen";
  return {
    header: header(template, facts),
    sections: sections(template, facts),
    signature: { role, name: input.investigator },
  };
}

/** Rebuilds one section (for "regenerate from the case" in the editor); same ids as buildLetter's sections. */
export function buildSection(template: TemplateId, sectionId: string, input: LetterInput): LetterSection | null {
  return sections(template, letterFacts(input)).find((s) => s.id === sectionId) ?? null;
}
