// What the visual timeline draws, worked out without React: one lane per organisation (and
// one for events naming none), stays and orders as spans from their start to their end event,
// everything else as a marker of its kind, the quiet periods between events, and axis ticks.
import type { CaseFileEvent } from '../../../shared/casefile/schema';
import { SPAN_TYPES } from '../../../shared/chronology/event-labels';
import type { EventType } from '../../../shared/domain/vocabulary';

export const NO_ORG_LANE = '__none';
const MS_PER_DAY = 86_400_000;

/** Whole days since 1970-01-01 for a YYYY-MM-DD date (UTC, so no clock change shifts it). */
export function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

export function dateOfDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export type MarkerKind = 'review' | 'plan' | 'ending' | 'complaint' | 'money' | 'hospital' | 'other';

const MARKER_KINDS: Partial<Record<EventType, MarkerKind>> = {
  s117_review: 'review',
  cpa_review: 'review',
  aftercare_planning: 'plan',
  needs_assessment: 'plan',
  care_coordinator_allocated: 'plan',
  care_plan_written: 'plan',
  care_plan_shared: 'plan',
  services_started: 'plan',
  accommodation_placement: 'plan',
  s117_ended: 'ending',
  death: 'ending',
  complaint_to_org: 'complaint',
  org_response: 'complaint',
  complaint_to_ombudsman: 'complaint',
  charge_levied: 'money',
  top_up_agreed: 'money',
  housing_benefit_claim: 'money',
  phb_requested: 'money',
  phb_decision: 'money',
  funding_dispute: 'money',
  discharge: 'hospital',
  section_ended: 'hospital',
  cto_end: 'hospital',
  s17_leave_end: 'hospital',
  dols_authorised: 'hospital',
};

export const markerKind = (type: EventType): MarkerKind => MARKER_KINDS[type] ?? 'other';

/** Hospital stays end at a discharge (or the section ending) — or when the next stay begins. */
const STAY_TYPES: readonly EventType[] = ['detention', 'admission', 'readmission'];

export interface TimelineLane {
  key: string;
  label: string;
}

export interface TimelineSpan {
  event: CaseFileEvent;
  lane: string;
  start: number;
  end: number;
  /** The event that ends it, or null when nothing recorded ends it (drawn to the last date, open). */
  endEvent: CaseFileEvent | null;
  /** Stacking row inside the lane when spans overlap (0 = top). */
  row: number;
}

export interface TimelineMarker {
  event: CaseFileEvent;
  lane: string;
  day: number;
  kind: MarkerKind;
}

export interface TimelineGap {
  start: number;
  end: number;
  days: number;
  /** The event before the gap. */
  after: CaseFileEvent;
}

export interface TimelineLayout {
  lanes: TimelineLane[];
  spans: TimelineSpan[];
  markers: TimelineMarker[];
  gaps: TimelineGap[];
  /** The first and last day shown (padded a little beyond the events). */
  domain: [number, number];
}

export function layoutTimeline(
  events: readonly CaseFileEvent[],
  organisations: ReadonlyArray<{ id: string; name: string }>,
  options: { gapDays?: number; openUntil?: string } = {},
): TimelineLayout {
  const gapDays = options.gapDays ?? 183;
  const known = new Set(organisations.map((o) => o.id));
  const laneOf = (e: CaseFileEvent) => (e.org && known.has(e.org) ? e.org : NO_ORG_LANE);
  const lanes: TimelineLane[] = organisations.map((o) => ({ key: o.id, label: o.name }));
  if (events.some((e) => laneOf(e) === NO_ORG_LANE)) lanes.push({ key: NO_ORG_LANE, label: 'No organisation' });

  const days = events.map((e) => dayNumber(e.date));
  const first = days.length ? Math.min(...days) : dayNumber(options.openUntil ?? '2000-01-01');
  const lastEvent = days.length ? Math.max(...days) : first;
  const last = Math.max(lastEvent, options.openUntil ? dayNumber(options.openUntil) : lastEvent);

  const spans: TimelineSpan[] = [];
  const markers: TimelineMarker[] = [];
  events.forEach((event, i) => {
    const endTypes = SPAN_TYPES[event.type];
    if (!endTypes) {
      markers.push({ event, lane: laneOf(event), day: days[i]!, kind: markerKind(event.type) });
      return;
    }
    const isStay = STAY_TYPES.includes(event.type);
    let endEvent: CaseFileEvent | null = null;
    for (let j = i + 1; j < events.length; j++) {
      const next = events[j]!;
      if (endTypes.includes(next.type) || (isStay && STAY_TYPES.includes(next.type))) {
        endEvent = next;
        break;
      }
    }
    // A new stay that cuts an earlier one short ends it the day it starts; its own end is drawn separately.
    const end = endEvent ? dayNumber(endEvent.date) : last;
    spans.push({ event, lane: laneOf(event), start: days[i]!, end: Math.max(end, days[i]! + 1), endEvent, row: 0 });
  });

  // Overlapping spans in one lane (a CTO during leave, say) stack in rows so both stay visible.
  const rowEnds = new Map<string, number[]>();
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const ends = rowEnds.get(span.lane) ?? [];
    let row = ends.findIndex((end) => end <= span.start);
    if (row === -1) row = ends.length;
    ends[row] = span.end;
    span.row = row;
    rowEnds.set(span.lane, ends);
  }

  const order = events.map((e, i) => ({ e, d: days[i]! })).sort((a, b) => a.d - b.d);
  const gaps: TimelineGap[] = [];
  for (let k = 1; k < order.length; k++) {
    const before = order[k - 1]!;
    const after = order[k]!;
    if (after.d - before.d >= gapDays)
      gaps.push({ start: before.d, end: after.d, days: after.d - before.d, after: before.e });
  }

  const pad = Math.max(15, Math.round((last - first) * 0.02));
  return { lanes, spans, markers, gaps, domain: [first - pad, last + pad] };
}

export interface AxisTick {
  day: number;
  label: string;
  /** Year boundaries are drawn stronger than months. */
  major: boolean;
}

const MONTH_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Ticks for the visible days at about one per `minPx` pixels: years, quarters or months. */
export function axisTicks(start: number, end: number, pxPerDay: number, minPx = 70): AxisTick[] {
  const monthsPerTick = [1, 3, 6, 12, 24, 60, 120].find((m) => m * 30.44 * pxPerDay >= minPx) ?? 120;
  const from = new Date(start * MS_PER_DAY);
  let y = from.getUTCFullYear();
  let m = from.getUTCMonth();
  const step = Math.min(monthsPerTick, 12);
  m = Math.ceil(m / step) * step;
  const ticks: AxisTick[] = [];
  for (let guard = 0; guard < 2000; guard++) {
    if (m >= 12) {
      y += Math.floor(m / 12);
      m %= 12;
    }
    const day = Date.UTC(y, m, 1) / MS_PER_DAY;
    if (day > end) break;
    if (day >= start && (monthsPerTick <= 12 || (m === 0 && y % (monthsPerTick / 12) === 0)))
      ticks.push({ day, label: m === 0 ? String(y) : MONTH_SHORT[m]!, major: m === 0 });
    m += step;
  }
  return ticks;
}

/** "1 year 2 months", "5 months", "3 weeks" — how long a gap lasted. */
export function describeDuration(days: number): string {
  if (days < 60) return `${Math.round(days / 7)} weeks`;
  const months = Math.round(days / 30.44);
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const part = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (years === 0) return part(months, 'month');
  return rest === 0 ? part(years, 'year') : `${part(years, 'year')} ${part(rest, 'month')}`;
}
