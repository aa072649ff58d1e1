// The chronology as the rules see it: events up to asAt, in date order, same-day events in the
// order they stand in the file (that order is what the UI's same-day ordering saves).
import type { CaseFile, CaseFileEvent } from '../casefile/schema';

export interface Timeline {
  /** Events dated on or before asAt, sorted by date, then by their place in the file. */
  events: readonly CaseFileEvent[];
  /** Position of each event id in `events`. */
  positionOf: ReadonlyMap<string, number>;
}

export function buildTimeline(file: CaseFile, asAt: string): Timeline {
  const events = file.events
    .map((event, index) => ({ event, index }))
    .filter(({ event }) => event.date <= asAt)
    .sort((a, b) => (a.event.date < b.event.date ? -1 : a.event.date > b.event.date ? 1 : a.index - b.index))
    .map(({ event }) => event);
  const positionOf = new Map<string, number>();
  events.forEach((e, i) => positionOf.set(e.id, i));
  return { events, positionOf };
}
