// Who suffered the injustice a finding records: the people it names, else the person the
// aftercare was for, and the person who complained for their own time and trouble.
import type { CaseFile, CaseFileFinding } from '../casefile/schema';

export function aggrievedPersonId(file: CaseFile): string | null {
  return (file.people.find((p) => p.role === 'aggrieved') ?? file.people[0])?.id ?? null;
}

export function complainantId(file: CaseFile): string | null {
  const aggrieved = aggrievedPersonId(file);
  return (
    file.people.find((p) => p.id !== aggrieved && (p.role === 'complainant' || p.role === 'representative'))?.id ?? null
  );
}

/** The people a finding records injustice to; empty when it records none. */
export function injusticeRecipients(file: CaseFile, finding: CaseFileFinding): string[] {
  if (finding.injustice.length === 0) return [];
  if (finding.injusticeTo && finding.injusticeTo.length > 0) return [...finding.injusticeTo];
  const people = [aggrievedPersonId(file)];
  if (finding.injustice.includes('time_and_trouble')) people.push(complainantId(file));
  return [...new Set(people.filter((p): p is string => p !== null))];
}
