// What the chronology table shows: the events that pass the filters, under a header row for
// each year, with each event's same-day neighbours (for moving it up or down within its day).
import type { CaseFileCitation, CaseFileEvent } from '../../../shared/casefile/schema';
import { EVENT_TYPE_LABELS, formatEventDate } from '../../../shared/chronology/event-labels';
import type { EventType } from '../../../shared/domain/vocabulary';
import { formatUkDate } from '../../../shared/dates/calendar-date';
import { formatPence } from '../../../shared/money';
import { ACCOMMODATION_LABELS } from './event-options';

/** The organisation filter's value for events that name no organisation. */
export const NO_ORG = '__none';

export interface ChronologyFilters {
  /** An organisation id, NO_ORG, or null for all. */
  org: string | null;
  types: EventType[];
  withoutCitation: boolean;
  text: string;
}

export const NO_FILTERS: ChronologyFilters = { org: null, types: [], withoutCitation: false, text: '' };

export type ChronologyRow =
  | { kind: 'year'; key: string; year: string; count: number }
  | { kind: 'event'; key: string; event: CaseFileEvent; canMoveUp: boolean; canMoveDown: boolean };

export interface EvidenceTitle {
  title: string;
}

/** "Care plan, p. 3", "Care plan, pp. 3–4", "Care plan". */
export function citationLabel(c: CaseFileCitation, evidence: ReadonlyMap<string, EvidenceTitle>): string {
  const title = evidence.get(c.evidence)?.title ?? c.evidence;
  if (c.page === undefined) return title;
  return c.pageEnd !== undefined && c.pageEnd !== c.page
    ? `${title}, pp. ${c.page}–${c.pageEnd}`
    : `${title}, p. ${c.page}`;
}

/** The type-specific facts in a few words: "day centre, £25.00", "supported living". */
export function eventDetails(e: CaseFileEvent, orgNames: ReadonlyMap<string, string>): string {
  const yesNo = (label: string, v: boolean | undefined) => (v === undefined ? [] : [`${label}: ${v ? 'yes' : 'no'}`]);
  switch (e.type) {
    case 'section_ended':
      return e.section ? `section ${e.section}` : '';
    case 'readmission':
      return e.section === 'informal' ? 'informal' : e.section ? `section ${e.section}` : '';
    case 'services_started':
      return e.service ?? '';
    case 'accommodation_placement':
      return [
        e.accommodation ? ACCOMMODATION_LABELS[e.accommodation] : '',
        ...yesNo('meets need', e.meetsMentalHealthNeed),
      ]
        .filter(Boolean)
        .join(', ');
    case 'charge_levied':
      return [
        e.service ?? '',
        e.amount !== undefined ? formatPence(e.amount) : '',
        ...yesNo('meets mental health need', e.meetsMentalHealthNeed),
      ]
        .filter(Boolean)
        .join(', ');
    case 'care_plan_written':
      return yesNo('says which services S117 funds', e.explainsFunding).join('');
    case 'funding_dispute':
      return [
        (e.orgs ?? []).map((id) => orgNames.get(id) ?? id).join(' and '),
        e.to ? `settled ${formatUkDate(e.to)}` : 'not settled',
      ]
        .filter(Boolean)
        .join(', ');
    case 'top_up_agreed':
      return [
        e.amount !== undefined ? formatPence(e.amount) : '',
        ...yesNo('chosen by the person', e.preferredByPerson),
      ]
        .filter(Boolean)
        .join(', ');
    case 's117_ended':
      return (e.decidedBy ?? []).map((id) => orgNames.get(id) ?? id).join(' and ');
    default:
      return '';
  }
}

export function isFiltered(f: ChronologyFilters): boolean {
  return f.org !== null || f.types.length > 0 || f.withoutCitation || f.text.trim() !== '';
}

export function buildChronologyRows(
  events: readonly CaseFileEvent[],
  filters: ChronologyFilters,
  lookups: { orgNames: ReadonlyMap<string, string>; evidence: ReadonlyMap<string, EvidenceTitle> },
): ChronologyRow[] {
  const words = filters.text.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const types = new Set(filters.types);
  const haystack = (e: CaseFileEvent) =>
    [
      formatEventDate(e.date, e.precision),
      EVENT_TYPE_LABELS[e.type],
      e.org ? lookups.orgNames.get(e.org) : '',
      e.text ?? '',
      ...(e.citations ?? []).flatMap((c) => [citationLabel(c, lookups.evidence), c.quote ?? '']),
    ]
      .join(' ')
      .toLowerCase();
  const passes = (e: CaseFileEvent) =>
    (filters.org === null || (filters.org === NO_ORG ? !e.org : e.org === filters.org)) &&
    (types.size === 0 || types.has(e.type)) &&
    (!filters.withoutCitation || !e.citations?.length) &&
    (words.length === 0 || words.every((w) => haystack(e).includes(w)));

  const rows: ChronologyRow[] = [];
  let year = '';
  let yearRow: Extract<ChronologyRow, { kind: 'year' }> | null = null;
  events.forEach((event, i) => {
    if (!passes(event)) return;
    const y = event.date.slice(0, 4);
    if (y !== year || !yearRow) {
      year = y;
      yearRow = { kind: 'year', key: `y${y}`, year: y, count: 0 };
      rows.push(yearRow);
    }
    yearRow.count++;
    rows.push({
      kind: 'event',
      key: event.id,
      event,
      canMoveUp: events[i - 1]?.date === event.date,
      canMoveDown: events[i + 1]?.date === event.date,
    });
  });
  return rows;
}
