// The people and organisations of a case in the form the anonymiser and the name check take.
import type { CaseFile } from '../../shared/casefile/schema';
import type { LetterOrganisation, LetterPerson } from '../../shared/letters/anonymise';

export function letterParties(file: CaseFile): { people: LetterPerson[]; organisations: LetterOrganisation[] } {
  return {
    people: file.people.map((p) => ({
      name: p.name,
      ...(p.title ? { title: p.title } : {}),
      ...(p.label ? { label: p.label } : {}),
      ...(p.relationship ? { relationship: p.relationship } : {}),
    })),
    organisations: file.organisations.map((o) => ({ name: o.name, kind: o.kind })),
  };
}
