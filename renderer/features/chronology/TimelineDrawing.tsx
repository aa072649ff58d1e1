// The timeline's picture: lanes, quiet periods, the date axis, spans and markers. Memoised and
// free of handlers (the timeline listens once, on the whole picture), so hovering or dragging
// does not redraw thousands of shapes.
import { memo } from 'react';
import type { CaseFileEvent } from '../../../shared/casefile/schema';
import { EVENT_TYPE_LABELS, formatEventDate } from '../../../shared/chronology/event-labels';
import { axisTicks, describeDuration, type TimelineLayout } from './timeline-layout';
import { MARKER_STYLE, SPAN_COLOURS, markerPath } from './timeline-style';

export const AXIS_H = 30;
export const SPAN_H = 14;
export const MARKER_ZONE = 26;

export function laneHeights(layout: TimelineLayout): Map<string, number> {
  const rows = new Map<string, number>();
  for (const s of layout.spans) rows.set(s.lane, Math.max(rows.get(s.lane) ?? 0, s.row + 1));
  return new Map(layout.lanes.map((l) => [l.key, 12 + (rows.get(l.key) ?? 0) * (SPAN_H + 4) + MARKER_ZONE + 8]));
}

export function laneTops(
  layout: TimelineLayout,
  heights: ReadonlyMap<string, number>,
): { tops: Map<string, number>; height: number } {
  const tops = new Map<string, number>();
  let y = AXIS_H;
  for (const lane of layout.lanes) {
    tops.set(lane.key, y);
    y += heights.get(lane.key)!;
  }
  return { tops, height: y + 4 };
}

/** "Detention (section 3), 10/01/2019 to 08/03/2019, Anytown Trust": a shape's name and tooltip. */
export function describeTimelineEvent(
  event: CaseFileEvent,
  orgName: string | undefined,
  end?: CaseFileEvent | null,
): string {
  const what = `${EVENT_TYPE_LABELS[event.type]}${event.type === 'detention' ? ` (section ${event.section})` : ''}`;
  const when = formatEventDate(event.date, event.precision);
  const until = end === undefined ? '' : end ? ` to ${formatEventDate(end.date, end.precision)}` : ', no end recorded';
  return `${what}, ${when}${until}${orgName ? `, ${orgName}` : ''}`;
}

/** What makes a shape a target: focusable, named, and findable by the delegated handlers. */
const target = (event: CaseFileEvent, label: string, highlighted: ReadonlySet<string>) => ({
  role: 'button',
  tabIndex: 0,
  'aria-label': label,
  'data-event-id': event.id,
  'data-highlighted': highlighted.has(event.id) || undefined,
  style: { cursor: 'pointer' },
});

interface Props {
  layout: TimelineLayout;
  heights: ReadonlyMap<string, number>;
  width: number;
  pxPerDay: number;
  highlighted: ReadonlySet<string>;
  orgNames: ReadonlyMap<string, string>;
}

export const TimelineDrawing = memo(function TimelineDrawing({
  layout,
  heights,
  width,
  pxPerDay,
  highlighted,
  orgNames,
}: Props) {
  const [first, last] = layout.domain;
  const x = (day: number) => (day - first) * pxPerDay;
  const { tops, height } = laneTops(layout, heights);
  const ticks = axisTicks(first, last, pxPerDay);
  return (
    <>
      <defs>
        <pattern id="gap-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="8" height="8" style={{ fill: 'var(--mantine-color-red-0)' }} />
          <line x1="0" y1="0" x2="0" y2="8" style={{ stroke: 'var(--mantine-color-red-2)', strokeWidth: 3 }} />
        </pattern>
      </defs>
      {layout.lanes.map((lane, i) => (
        <g key={lane.key} data-testid="timeline-lane" aria-label={lane.label}>
          <rect
            y={tops.get(lane.key)!}
            width={width}
            height={heights.get(lane.key)!}
            style={{ fill: i % 2 ? 'var(--mantine-color-gray-0)' : 'white' }}
          />
          <line
            x1={0}
            x2={width}
            y1={tops.get(lane.key)!}
            y2={tops.get(lane.key)!}
            style={{ stroke: 'var(--mantine-color-gray-3)' }}
          />
        </g>
      ))}
      {layout.gaps.map((gap) => {
        const gx = x(gap.start) + 6;
        const gw = x(gap.end) - x(gap.start) - 12;
        if (gw < 4) return null;
        const label = `${describeDuration(gap.days)} with nothing recorded`;
        return (
          <g key={`gap${gap.start}`} data-testid="timeline-gap" aria-label={label}>
            <rect
              x={gx}
              y={AXIS_H}
              width={gw}
              height={height - AXIS_H - 4}
              style={{ fill: 'url(#gap-hatch)', opacity: 0.8 }}
            />
            {gw > 120 && (
              <text
                x={gx + gw / 2}
                y={height - 10}
                textAnchor="middle"
                style={{ fontSize: 11, fontWeight: 600, fill: 'var(--mantine-color-red-8)' }}
              >
                {label}
              </text>
            )}
          </g>
        );
      })}
      <g aria-hidden>
        {ticks.map((t) => (
          <g key={t.day} transform={`translate(${x(t.day)} 0)`}>
            <line
              y1={AXIS_H - (t.major ? 10 : 6)}
              y2={height}
              style={{
                stroke: t.major ? 'var(--mantine-color-gray-5)' : 'var(--mantine-color-gray-2)',
                strokeWidth: 1,
              }}
            />
            <text
              x={3}
              y={AXIS_H - 12}
              style={{ fontSize: 11, fontWeight: t.major ? 700 : 400, fill: 'var(--mantine-color-dark-3)' }}
            >
              {t.label}
            </text>
          </g>
        ))}
        <line x1={0} x2={width} y1={AXIS_H} y2={AXIS_H} style={{ stroke: 'var(--mantine-color-gray-5)' }} />
      </g>
      {layout.spans.map((span) => {
        const top = tops.get(span.lane)! + 10 + span.row * (SPAN_H + 4);
        const sx = x(span.start);
        const sw = Math.max(3, x(span.end) - sx);
        const label = describeTimelineEvent(
          span.event,
          span.event.org ? orgNames.get(span.event.org) : undefined,
          span.endEvent,
        );
        const colour = SPAN_COLOURS[span.event.type] ?? 'var(--mantine-color-gray-6)';
        const lit = highlighted.has(span.event.id);
        return (
          <g
            key={span.event.id}
            data-testid="timeline-span"
            data-type={span.event.type}
            {...target(span.event, label, highlighted)}
          >
            {lit && (
              <rect
                x={sx - 3}
                y={top - 3}
                width={sw + 6}
                height={SPAN_H + 6}
                rx={4}
                style={{ fill: 'var(--mantine-color-yellow-4)' }}
              />
            )}
            <rect
              x={sx}
              y={top}
              width={sw}
              height={SPAN_H}
              rx={3}
              style={{ fill: colour, opacity: span.endEvent ? 0.85 : 0.45 }}
            />
            {!span.endEvent && (
              <line
                x1={sx + sw}
                x2={sx + sw}
                y1={top}
                y2={top + SPAN_H}
                style={{ stroke: colour, strokeWidth: 2, strokeDasharray: '2 2' }}
              />
            )}
            {sw > 70 && (
              <text
                x={sx + 5}
                y={top + 11}
                style={{ fontSize: 10, fill: 'white', fontWeight: 600, pointerEvents: 'none' }}
              >
                {span.event.type === 'detention' ? `s.${span.event.section}` : EVENT_TYPE_LABELS[span.event.type]}
              </text>
            )}
          </g>
        );
      })}
      {layout.markers.map((m) => {
        const mx = x(m.day);
        const my = tops.get(m.lane)! + heights.get(m.lane)! - MARKER_ZONE / 2 - 6;
        const style = MARKER_STYLE[m.kind];
        const label = describeTimelineEvent(m.event, m.event.org ? orgNames.get(m.event.org) : undefined);
        const lit = highlighted.has(m.event.id);
        return (
          <g
            key={m.event.id}
            data-testid="timeline-marker"
            data-kind={m.kind}
            transform={`translate(${mx} ${my})`}
            {...target(m.event, label, highlighted)}
          >
            {lit && <circle r={11} style={{ fill: 'var(--mantine-color-yellow-4)' }} />}
            <path d={markerPath(m.kind)} style={{ fill: style.colour, stroke: 'white', strokeWidth: 1 }} />
          </g>
        );
      })}
    </>
  );
});
