// The people and organisations of a case in the form the anonymiser and the name check take, for
// a letter on `date` (a CCG is also known by its successor phrase after June 2022).
import type { CaseFile } from '../casefile/schema';
import type { LetterOrganisation, LetterPerson } from './anonymise';
import { organisationsForLetter } from './letter-organisations';

export function letterParties(
  file: Pick<CaseFile, 'people' | 'organisations'>,
  date = '0000-01-01',
): { people: LetterPerson[]; organisations: LetterOrganisation[] } {
  return {
    people: file.people.map((p) => ({
      name: p.name,
      ...(p.title ? { title: p.title } : {}),
      ...(p.label ? { label: p.label } : {}),
      ...(p.relationship ? { relationship: p.relationship } : {}),
    })),
    organisations: organisationsForLetter(file.organisations, date),
  };
}
