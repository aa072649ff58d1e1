// Names of the people and organisations of a case, and their choices for Select fields.
import type { CaseDetail } from '../../../shared/domain/case';

export interface CaseNames {
  person(id: string): string;
  org(id: string): string;
  /** A person or an organisation, whichever the id names. */
  any(id: string): string;
  people: Array<{ value: string; label: string }>;
  orgs: Array<{ value: string; label: string }>;
}

export function caseNames(c: CaseDetail): CaseNames {
  const person = (id: string) => {
    const p = c.people.find((x) => x.id === id);
    return p ? (p.title ? `${p.title} ${p.name}` : p.name) : id;
  };
  const org = (id: string) => c.organisations.find((o) => o.id === id)?.name ?? id;
  return {
    person,
    org,
    any: (id) => (c.people.some((p) => p.id === id) ? person(id) : org(id)),
    people: c.people.map((p) => ({ value: p.id, label: person(p.id) })),
    orgs: c.organisations.map((o) => ({ value: o.id, label: o.name })),
  };
}
