// The chronology table: events in their saved order (date, then position, so same-day events
// keep the order the investigator gave them), each with its citations as rows of their own.
import type { Db } from './db';
import type { CaseFileCitation, CaseFileEvent } from '../../shared/casefile/schema';

interface EventRow {
  id: string;
  position: number;
  date: string;
  precision: string;
  type: string;
  org_id: string | null;
  text: string | null;
  extra_json: string;
}

interface CitationRow {
  event_id: string;
  evidence_id: string;
  page: number | null;
  page_end: number | null;
  quote: string | null;
}

const BASE_KEYS = new Set(['id', 'date', 'precision', 'type', 'org', 'text', 'citations']);

function citationFromRow(r: CitationRow): CaseFileCitation {
  return {
    evidence: r.evidence_id,
    ...(r.page !== null ? { page: r.page } : {}),
    ...(r.page_end !== null ? { pageEnd: r.page_end } : {}),
    ...(r.quote !== null ? { quote: r.quote } : {}),
  };
}

/** Events in chronological order, as case-file events (ids, extras and citations included). */
export function listEvents(db: Db, caseId: string): CaseFileEvent[] {
  const rows = db.prepare(`SELECT * FROM events WHERE case_id = ? ORDER BY date, position`).all(caseId) as EventRow[];
  const citations = db
    .prepare(
      `SELECT event_id, evidence_id, page, page_end, quote FROM citations WHERE case_id = ? ORDER BY event_id, seq`,
    )
    .all(caseId) as CitationRow[];
  const byEvent = new Map<string, CaseFileCitation[]>();
  for (const c of citations) {
    const list = byEvent.get(c.event_id) ?? [];
    list.push(citationFromRow(c));
    byEvent.set(c.event_id, list);
  }
  return rows.map((r) => eventFromRow(r, byEvent.get(r.id)));
}

function eventFromRow(r: EventRow, citations: CaseFileCitation[] | undefined): CaseFileEvent {
  return {
    id: r.id,
    date: r.date,
    ...(r.precision !== 'day' ? { precision: r.precision } : {}),
    type: r.type,
    ...(r.org_id !== null ? { org: r.org_id } : {}),
    ...(r.text !== null ? { text: r.text } : {}),
    ...(JSON.parse(r.extra_json) as object),
    ...(citations && citations.length > 0 ? { citations } : {}),
  } as CaseFileEvent;
}

export function getEvent(db: Db, caseId: string, eventId: string): CaseFileEvent | null {
  const row = db.prepare(`SELECT * FROM events WHERE case_id = ? AND id = ?`).get(caseId, eventId) as
    EventRow | undefined;
  if (!row) return null;
  const citations = db
    .prepare(
      `SELECT event_id, evidence_id, page, page_end, quote FROM citations WHERE case_id = ? AND event_id = ? ORDER BY seq`,
    )
    .all(caseId, eventId) as CitationRow[];
  return eventFromRow(row, citations.map(citationFromRow));
}

export function eventIds(db: Db, caseId: string): Set<string> {
  return new Set(db.prepare(`SELECT id FROM events WHERE case_id = ?`).pluck().all(caseId) as string[]);
}

function extrasOf(event: CaseFileEvent): Record<string, unknown> {
  return Object.fromEntries(Object.entries(event).filter(([k, v]) => !BASE_KEYS.has(k) && v !== undefined));
}

function writeCitations(db: Db, caseId: string, event: CaseFileEvent): void {
  db.prepare(`DELETE FROM citations WHERE case_id = ? AND event_id = ?`).run(caseId, event.id);
  const insert = db.prepare(
    `INSERT INTO citations (case_id, event_id, seq, evidence_id, page, page_end, quote) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  (event.citations ?? []).forEach((c, seq) =>
    insert.run(caseId, event.id, seq, c.evidence, c.page ?? null, c.pageEnd ?? null, c.quote ?? null),
  );
}

/** Inserts an event at the end of the saved order (or at `position`). */
export function insertEvent(db: Db, caseId: string, event: CaseFileEvent, position?: number): void {
  const pos =
    position ??
    (db.prepare(`SELECT coalesce(max(position), -1) + 1 FROM events WHERE case_id = ?`).pluck().get(caseId) as number);
  db.prepare(
    `INSERT INTO events (case_id, id, position, date, precision, type, org_id, text, extra_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    caseId,
    event.id,
    pos,
    event.date,
    event.precision ?? 'day',
    event.type,
    event.org ?? null,
    event.text ?? null,
    JSON.stringify(extrasOf(event)),
  );
  writeCitations(db, caseId, event);
}

export function replaceEvent(db: Db, caseId: string, event: CaseFileEvent): void {
  db.prepare(
    `UPDATE events SET date = ?, precision = ?, type = ?, org_id = ?, text = ?, extra_json = ? WHERE case_id = ? AND id = ?`,
  ).run(
    event.date,
    event.precision ?? 'day',
    event.type,
    event.org ?? null,
    event.text ?? null,
    JSON.stringify(extrasOf(event)),
    caseId,
    event.id,
  );
  writeCitations(db, caseId, event);
}

export function removeEvent(db: Db, caseId: string, eventId: string): void {
  db.prepare(`DELETE FROM events WHERE case_id = ? AND id = ?`).run(caseId, eventId);
}

/** Swaps an event with its neighbour on the same date; false when there is none that way. */
export function moveEventWithinDay(db: Db, caseId: string, eventId: string, direction: 'up' | 'down'): boolean {
  const me = db.prepare(`SELECT date, position FROM events WHERE case_id = ? AND id = ?`).get(caseId, eventId) as
    { date: string; position: number } | undefined;
  if (!me) return false;
  const neighbour = db
    .prepare(
      direction === 'up'
        ? `SELECT id, position FROM events WHERE case_id = ? AND date = ? AND position < ? ORDER BY position DESC LIMIT 1`
        : `SELECT id, position FROM events WHERE case_id = ? AND date = ? AND position > ? ORDER BY position ASC LIMIT 1`,
    )
    .get(caseId, me.date, me.position) as { id: string; position: number } | undefined;
  if (!neighbour) return false;
  const set = db.prepare(`UPDATE events SET position = ? WHERE case_id = ? AND id = ?`);
  set.run(neighbour.position, caseId, eventId);
  set.run(me.position, caseId, neighbour.id);
  return true;
}

/** Evidence ids cited by events, with how many citations each. */
export function citedEvidence(db: Db, caseId: string): Map<string, number> {
  const rows = db
    .prepare(`SELECT evidence_id, count(*) AS n FROM citations WHERE case_id = ? GROUP BY evidence_id`)
    .all(caseId) as Array<{ evidence_id: string; n: number }>;
  return new Map(rows.map((r) => [r.evidence_id, r.n]));
}
