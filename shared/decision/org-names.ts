// How a letter names an organisation on a date: CCGs were abolished on 1 July 2022 and their
// duties passed to integrated care boards, so a letter dated after that names a CCG with the
// ICB that succeeded it ("the former NHS Anytown CCG, now NHS Anytown ICB").
import type { CaseFileOrganisation } from '../casefile/schema';

/** The day CCGs were abolished and ICBs took on their duties (Health and Care Act 2022). */
export const ICBS_FROM = '2022-07-01';

/** Whether a letter dated `date` must name this organisation's successor. */
export const needsSuccessor = (org: Pick<CaseFileOrganisation, 'kind'>, date: string) =>
  org.kind === 'ccg' && date >= ICBS_FROM;

/** The name in running text: "the former NHS Anytown CCG, now NHS Anytown ICB" where that applies. */
export function orgNameOn(org: CaseFileOrganisation, date: string): string {
  if (needsSuccessor(org, date) && org.successor) return `the former ${org.name}, now ${org.successor}`;
  return org.name;
}

/** The name in a header line: "NHS Anytown CCG (now NHS Anytown ICB)". */
export function orgHeaderNameOn(org: CaseFileOrganisation, date: string): string {
  if (needsSuccessor(org, date) && org.successor) return `${org.name} (now ${org.successor})`;
  return org.name;
}
