// What a rule sees: the chronology up to asAt in order, the episodes with their responsible
// bodies, the settings, and small look-ups. Built once per check and shared by every rule.
import type { CaseFile, CaseFileEvent, EventOf } from '../casefile/schema';
import { formatLongDate } from '../dates/calendar-date';
import type { CaseSettings, EventType, Severity } from '../domain/vocabulary';
import { addCalendarDays, addMonthsClamped } from '../calendar/date-arithmetic';
import { findEpisodes, type EpisodeSpan } from './episodes';
import { responsibilityFor, type EpisodeResponsibility } from './responsibility';
import { resolveSettings } from './settings';
import { buildTimeline, type Timeline } from './timeline';
import type { RuleId } from './rule-ids';

/** An event of type T; plain event types share one schema member, so Extract alone gives never for them. */
export type TypedEvent<T extends EventType> = [Extract<CaseFileEvent, { type: T }>] extends [never]
  ? CaseFileEvent & { type: T }
  : Extract<CaseFileEvent, { type: T }>;

export interface EpisodeView extends EpisodeSpan {
  responsibility: EpisodeResponsibility;
  /** The responsible council and NHS body, those known, in that order. */
  orgs: string[];
}

export interface RuleContext {
  file: CaseFile;
  asAt: string;
  settings: CaseSettings;
  timeline: Timeline;
  episodes: readonly EpisodeView[];
  /** The episode in force at asAt (the latest), or null when there is none. */
  current: EpisodeView | null;
  eligible: boolean;
  entitlementFrom: string | null;
  /** The latest episode that started at or before this timeline position, or null. */
  episodeOwning(pos: number): EpisodeView | null;
  /** Events of `type` dated from..to, both dates included, in timeline order. */
  eventsDated<T extends EventType>(type: T, from: string, to: string): Array<TypedEvent<T>>;
  /** Events of `type` at positions from..to inclusive. */
  eventsBetween<T extends EventType>(type: T, from: number, to: number): Array<TypedEvent<T>>;
  /** Event types with at least one imprecise date on the timeline (rules skip "could it move?" work otherwise). */
  impreciseTypes: ReadonlySet<EventType>;
  orgName(id: string): string;
  /** Orgs for a flag about an event at this position (its episode's bodies, else those in force). */
  orgsAt(pos: number): string[];
}

/** A flag as a rule reports it; the engine adds the rule id, citation and any lowering of severity. */
export interface DraftFlag {
  date: string;
  events: string[];
  payments?: string[];
  orgs: string[];
  message: string;
  /** Replaces the rule's severity (an absent s117_ended field makes its rule a concern). */
  severity?: Severity;
  /**
   * Imprecise events whose dates, moved anywhere within their period, could stop the flag
   * firing (CASEFILE.md 1.1): each lowers a fault to a concern and is named in the message.
   * A rule lists only those; an exact event listed here is ignored.
   */
  dependsOn?: readonly CaseFileEvent[];
}

export interface Rule {
  id: RuleId;
  severity: Severity;
  /** One line: what the rule checks. */
  purpose: string;
  /** The provision behind the rule, as text for the letter. */
  citation: string;
  evaluate(context: RuleContext): DraftFlag[];
}

export interface RuleContextOptions {
  /** Which s117_ended events end an episode (all, unless told otherwise). */
  endsAftercare?: (ending: EventOf<'s117_ended'>) => boolean;
  /** The timeline, when it has been built already for this file and asAt. */
  timeline?: Timeline;
}

export function buildRuleContext(file: CaseFile, asAt: string, options: RuleContextOptions = {}): RuleContext {
  const timeline = options.timeline ?? buildTimeline(file, asAt);
  const spans = findEpisodes(timeline, asAt, options.endsAftercare);
  const episodes: EpisodeView[] = spans.map((span, i) => {
    const responsibility = responsibilityFor(spans, i);
    const orgs = [responsibility.council.org, responsibility.nhs.org].filter((o): o is string => o !== null);
    return { ...span, responsibility, orgs };
  });
  const firstDischarged = episodes.find((e) => e.discharge !== null) ?? null;
  const names = new Map(file.organisations.map((o) => [o.id, o.name]));
  const events = timeline.events;

  const episodeOwning = (pos: number): EpisodeView | null => {
    let lo = 0;
    let hi = episodes.length - 1;
    let found: EpisodeView | null = null;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const ep = episodes[mid]!;
      if (ep.detentionPos <= pos) {
        found = ep;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
  const current = episodes[episodes.length - 1] ?? null;

  return {
    file,
    asAt,
    settings: resolveSettings(file),
    timeline,
    episodes,
    current,
    eligible: firstDischarged !== null,
    entitlementFrom: firstDischarged?.discharge?.date ?? null,
    episodeOwning,
    eventsBetween: <T extends EventType>(type: T, from: number, to: number) => {
      const out: Array<TypedEvent<T>> = [];
      for (let i = Math.max(0, from); i <= to && i < events.length; i++) {
        const e = events[i]!;
        if (e.type === type) out.push(e as TypedEvent<T>);
      }
      return out;
    },
    eventsDated: <T extends EventType>(type: T, from: string, to: string) => {
      const out: Array<TypedEvent<T>> = [];
      for (let i = firstOnOrAfter(events, from); i < events.length && events[i]!.date <= to; i++) {
        const e = events[i]!;
        if (e.type === type) out.push(e as TypedEvent<T>);
      }
      return out;
    },
    impreciseTypes: new Set(events.filter(isImprecise).map((e) => e.type)),
    orgName: (id) => names.get(id) ?? id,
    orgsAt: (pos) => (episodeOwning(pos) ?? current)?.orgs ?? [],
  };
}

/** Position of the first event dated on or after `date` (binary search; events are in date order). */
function firstOnOrAfter(events: readonly CaseFileEvent[], date: string): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (events[mid]!.date < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const MONTH_YEAR = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** An event's date as the record gives it: "1 March 2019", "March 2019", "2019", "about 1 March 2019". */
export function describeEventDate(event: CaseFileEvent): string {
  switch (event.precision ?? 'day') {
    case 'month':
      return MONTH_YEAR.format(new Date(`${event.date}T00:00:00Z`));
    case 'year':
      return event.date.slice(0, 4);
    case 'approximate':
      return `about ${formatLongDate(event.date)}`;
    default:
      return formatLongDate(event.date);
  }
}

/** The date with its preposition: "on 1 March 2019", "in March 2019", "in 2019", "on or about 1 March 2019". */
export function onEventDate(event: CaseFileEvent): string {
  const precision = event.precision ?? 'day';
  if (precision === 'month' || precision === 'year') return `in ${describeEventDate(event)}`;
  if (precision === 'approximate') return `on or ${describeEventDate(event)}`;
  return `on ${describeEventDate(event)}`;
}

export const isImprecise = (event: CaseFileEvent) => (event.precision ?? 'day') !== 'day';

/** The first and last day an event's date could be: the month or year it names, ±15 days when approximate. */
export function periodOf(event: CaseFileEvent): { first: string; last: string } {
  switch (event.precision ?? 'day') {
    case 'month': {
      const first = `${event.date.slice(0, 7)}-01`;
      return { first, last: addCalendarDays(addMonthsClamped(first, 1), -1) };
    }
    case 'year':
      return { first: `${event.date.slice(0, 4)}-01-01`, last: `${event.date.slice(0, 4)}-12-31` };
    case 'approximate':
      return { first: addCalendarDays(event.date, -15), last: addCalendarDays(event.date, 15) };
    default:
      return { first: event.date, last: event.date };
  }
}

/** The earliest day an event could have happened (its date when exact). */
export const earliest = (event: CaseFileEvent) => periodOf(event).first;
/** The latest day an event could have happened (its date when exact). */
export const latest = (event: CaseFileEvent) => periodOf(event).last;
