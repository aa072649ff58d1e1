// The organisations as the anonymiser takes them for a letter on a given date: each by its own
// name, and a CCG that has a successor also by the phrase the letters use after June 2022
// ("[the] former NHS Anytown CCG, now NHS Anytown ICB"), which becomes "the ICB" after its
// first mention. The phrase comes first so the longer name is matched before the CCG's own.
import { ICBS_FROM } from '../decision/org-names';
import type { LetterOrganisation } from './anonymise';

export function organisationsForLetter(
  organisations: ReadonlyArray<{ name: string; kind: string; successor?: string | null }>,
  date: string,
): LetterOrganisation[] {
  return organisations.flatMap((o) => {
    const own = { name: o.name, kind: o.kind };
    if (o.kind !== 'ccg' || !o.successor || date < ICBS_FROM) return [own];
    return [{ name: `former ${o.name}, now ${o.successor}`, kind: 'icb' }, own];
  });
}
