// Describes, in words a caseworker reads in the history, what changed between two versions of
// a case: “title “A” → “B””, “stage Investigation → Draft decision”, “added Mrs Anne Jones”.
import type { CaseDetail, Organisation, Person } from './case';
import { ORG_KIND_LABELS, PERSON_ROLE_LABELS, STAGE_LABELS } from './vocabulary';
import { formatUkDate } from '../dates/calendar-date';

const quote = (v: string | null) => (v === null || v === '' ? 'none' : `“${v}”`);
const date = (v: string | null) => (v ? formatUkDate(v) : 'none');

const personName = (p: Person) => [p.title, p.name].filter(Boolean).join(' ');

function describeMembers<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
  name: (x: T) => string,
  fields: Array<[keyof T & string, string, (v: T[keyof T]) => string]>,
): string[] {
  const out: string[] = [];
  const beforeById = new Map(before.map((x) => [x.id, x]));
  const afterIds = new Set(after.map((x) => x.id));
  for (const b of before) if (!afterIds.has(b.id)) out.push(`removed ${name(b)}`);
  for (const a of after) {
    const b = beforeById.get(a.id);
    if (!b) {
      out.push(`added ${name(a)}`);
      continue;
    }
    for (const [key, label, show] of fields)
      if (a[key] !== b[key]) out.push(`${name(b)}: ${label} ${show(b[key])} → ${show(a[key])}`);
  }
  return out;
}

export function describeCaseChanges(before: CaseDetail, after: CaseDetail): string[] {
  const out: string[] = [];
  if (before.reference !== after.reference)
    out.push(`reference ${quote(before.reference)} → ${quote(after.reference)}`);
  if (before.title !== after.title) out.push(`title ${quote(before.title)} → ${quote(after.title)}`);
  if (before.received !== after.received) out.push(`date received ${date(before.received)} → ${date(after.received)}`);
  if (before.stage !== after.stage) out.push(`stage ${STAGE_LABELS[before.stage]} → ${STAGE_LABELS[after.stage]}`);
  if (before.nation !== after.nation) out.push(`nation ${before.nation} → ${after.nation}`);
  if (before.finalDecisionDate !== after.finalDecisionDate)
    out.push(`final decision date ${date(before.finalDecisionDate)} → ${date(after.finalDecisionDate)}`);
  if (before.asAt !== after.asAt) out.push(`“as at” date ${date(before.asAt)} → ${date(after.asAt)}`);
  for (const key of Object.keys(after.settings) as Array<keyof CaseDetail['settings']>)
    if (before.settings[key] !== after.settings[key])
      out.push(`setting ${key} ${before.settings[key]} → ${after.settings[key]}`);
  const text = (v: unknown) => quote((v as string | null) ?? null);
  out.push(
    ...describeMembers<Person>(before.people, after.people, personName, [
      ['name', 'name', text],
      ['title', 'title', text],
      ['role', 'role', (v) => PERSON_ROLE_LABELS[v as Person['role']]],
      ['label', 'anonymised label', text],
      ['relationship', 'relationship', text],
    ]),
  );
  out.push(
    ...describeMembers<Organisation>(before.organisations, after.organisations, (o) => o.name, [
      ['name', 'name', text],
      ['kind', 'kind', (v) => ORG_KIND_LABELS[v as Organisation['kind']]],
      ['reference', 'reference', text],
    ]),
  );
  return out;
}
