// The chronology drawn on a time axis: a lane per organisation, hospital stays, CTOs and leave
// as bars from start to end, other events as markers by kind, and quiet periods hatched so a
// long gap (a discharge followed by a year of nothing) shows at a glance. Zoom with the
// buttons or Ctrl+wheel, pan by dragging or with the scrollbar; hover for details, click to open.
import { useEffect, useMemo, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import { Button, Group, Paper, Text } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import type { CaseFileEvent } from '../../../shared/casefile/schema';
import { EVENT_TYPE_LABELS, formatEventDate } from '../../../shared/chronology/event-labels';
import { axisTicks, describeDuration, layoutTimeline, type TimelineLayout } from './timeline-layout';
import { MARKER_STYLE, SPAN_COLOURS, SPAN_LEGEND, markerPath } from './timeline-style';

interface Props {
  events: readonly CaseFileEvent[];
  organisations: ReadonlyArray<{ id: string; name: string }>;
  highlighted: ReadonlySet<string>;
  onOpen: (event: CaseFileEvent) => void;
  /** Stays with no recorded end are drawn up to this date. */
  openUntil?: string;
}

const AXIS_H = 30;
const LABEL_W = 190;
const SPAN_H = 14;
const MARKER_ZONE = 26;
const MIN_ZOOM = 1;

function laneHeights(layout: TimelineLayout): Map<string, number> {
  const rows = new Map<string, number>();
  for (const s of layout.spans) rows.set(s.lane, Math.max(rows.get(s.lane) ?? 0, s.row + 1));
  return new Map(layout.lanes.map((l) => [l.key, 12 + (rows.get(l.key) ?? 0) * (SPAN_H + 4) + MARKER_ZONE + 8]));
}

function describe(event: CaseFileEvent, orgName: string | undefined, end?: CaseFileEvent | null): string {
  const what = `${EVENT_TYPE_LABELS[event.type]}${event.type === 'detention' ? ` (section ${event.section})` : ''}`;
  const when = formatEventDate(event.date, event.precision);
  const until = end === undefined ? '' : end ? ` to ${formatEventDate(end.date, end.precision)}` : ', no end recorded';
  return `${what}, ${when}${until}${orgName ? `, ${orgName}` : ''}`;
}

export function ChronologyTimeline({ events, organisations, highlighted, onOpen, openUntil }: Props) {
  const layout = useMemo(
    () => layoutTimeline(events, organisations, { openUntil }),
    [events, organisations, openUntil],
  );
  const orgNames = useMemo(() => new Map(organisations.map((o) => [o.id, o.name])), [organisations]);
  const heights = useMemo(() => laneHeights(layout), [layout]);
  const { ref: sizeRef, width: viewWidth } = useElementSize();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [zoom, setZoom] = useState(MIN_ZOOM);
  const [hover, setHover] = useState<{ x: number; y: number; text: string } | null>(null);
  const drag = useRef<{ x: number; left: number; moved: boolean } | null>(null);
  const anchor = useRef<{ day: number; x: number } | null>(null);

  const [first, last] = layout.domain;
  const totalDays = Math.max(1, last - first);
  const baseWidth = Math.max(300, viewWidth || 900);
  const maxZoom = Math.max(MIN_ZOOM, (totalDays * 12) / baseWidth);
  const width = baseWidth * zoom;
  const pxPerDay = width / totalDays;
  const x = (day: number) => (day - first) * pxPerDay;

  const laneTops = new Map<string, number>();
  let y = AXIS_H;
  for (const lane of layout.lanes) {
    laneTops.set(lane.key, y);
    y += heights.get(lane.key)!;
  }
  const height = y + 4;

  // Keep the day under the pointer (or the centre) where it was when the zoom changes.
  useEffect(() => {
    const el = scrollRef.current;
    const a = anchor.current;
    if (!el || !a) return;
    el.scrollLeft = (a.day - first) * pxPerDay - a.x;
    anchor.current = null;
  }, [pxPerDay, first]);

  const zoomTo = (next: number, pointerX?: number) => {
    const el = scrollRef.current;
    const clamped = Math.min(maxZoom, Math.max(MIN_ZOOM, next));
    if (el) {
      const px = pointerX ?? el.clientWidth / 2;
      anchor.current = { day: first + (el.scrollLeft + px) / pxPerDay, x: px };
    }
    setZoom(clamped);
  };
  const zoomRef = useRef(zoomTo);
  useEffect(() => {
    zoomRef.current = zoomTo;
  });

  const zoomLevel = useRef(zoom);
  useEffect(() => {
    zoomLevel.current = zoom;
  }, [zoom]);

  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      if (!e.ctrlKey && !e.metaKey) return;
      e.preventDefault();
      const rect = el.getBoundingClientRect();
      zoomRef.current(zoomLevel.current * Math.exp(-e.deltaY * 0.002), e.clientX - rect.left);
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, []);

  const onPointerDown = (e: ReactPointerEvent<HTMLDivElement>) => {
    if (e.button !== 0 || !scrollRef.current) return;
    drag.current = { x: e.clientX, left: scrollRef.current.scrollLeft, moved: false };
  };
  const onPointerMove = (e: ReactPointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d || !scrollRef.current) return;
    if (Math.abs(e.clientX - d.x) > 3) {
      d.moved = true;
      setHover(null);
    }
    if (d.moved) scrollRef.current.scrollLeft = d.left - (e.clientX - d.x);
  };
  const endDrag = () => {
    // Let the click that ends a drag know it was a drag, then forget it.
    setTimeout(() => (drag.current = null), 0);
  };
  const open = (event: CaseFileEvent) => {
    if (drag.current?.moved) return;
    onOpen(event);
  };
  const showHover = (e: React.MouseEvent | React.FocusEvent, text: string) => {
    const host = scrollRef.current?.parentElement?.getBoundingClientRect();
    const box = (e.currentTarget as Element).getBoundingClientRect();
    if (host) setHover({ x: box.left - host.left + box.width / 2, y: box.top - host.top, text });
  };

  const viewStart = first;
  const ticks = axisTicks(viewStart, last, pxPerDay);
  const interactive = (event: CaseFileEvent, label: string) => ({
    role: 'button',
    tabIndex: 0,
    'aria-label': label,
    'data-event-id': event.id,
    'data-highlighted': highlighted.has(event.id) || undefined,
    style: { cursor: 'pointer', outline: 'none' },
    onClick: () => open(event),
    onKeyDown: (e: React.KeyboardEvent) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        onOpen(event);
      }
    },
    onMouseEnter: (e: React.MouseEvent) => showHover(e, label),
    onFocus: (e: React.FocusEvent) => showHover(e, label),
    onMouseLeave: () => setHover(null),
    onBlur: () => setHover(null),
  });

  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" mb="xs">
        <Group gap="xs">
          <Button
            size="xs"
            variant="default"
            aria-label="Zoom out"
            onClick={() => zoomTo(zoom / 1.6)}
            disabled={zoom <= MIN_ZOOM}
          >
            −
          </Button>
          <Button
            size="xs"
            variant="default"
            aria-label="Zoom in"
            onClick={() => zoomTo(zoom * 1.6)}
            disabled={zoom >= maxZoom}
          >
            +
          </Button>
          <Button size="xs" variant="subtle" onClick={() => zoomTo(MIN_ZOOM)} disabled={zoom === MIN_ZOOM}>
            Whole chronology
          </Button>
          <Text size="xs" c="dimmed">
            Ctrl+wheel to zoom, drag to pan
          </Text>
        </Group>
        <TimelineLegend />
      </Group>
      <div style={{ display: 'flex', position: 'relative' }}>
        <div aria-hidden style={{ width: LABEL_W, flex: 'none', paddingTop: AXIS_H }}>
          {layout.lanes.map((lane, i) => (
            <div
              key={lane.key}
              style={{
                height: heights.get(lane.key)!,
                padding: '6px 8px',
                borderTop: '1px solid var(--mantine-color-gray-3)',
                background: i % 2 ? 'var(--mantine-color-gray-0)' : 'white',
              }}
            >
              <Text size="xs" fw={600} lineClamp={2} title={lane.label}>
                {lane.label}
              </Text>
            </div>
          ))}
        </div>
        <div ref={sizeRef} style={{ flex: 1, minWidth: 0 }}>
          <div
            ref={scrollRef}
            data-testid="timeline-scroll"
            style={{ overflowX: 'auto', overflowY: 'hidden', cursor: 'grab' }}
            onPointerDown={onPointerDown}
            onPointerMove={onPointerMove}
            onPointerUp={endDrag}
            onPointerLeave={endDrag}
          >
            <svg
              width={width}
              height={height}
              role="img"
              aria-label={`Timeline of ${events.length} events in ${layout.lanes.length} lanes`}
              data-testid="timeline"
              style={{ display: 'block', userSelect: 'none' }}
            >
              <defs>
                <pattern
                  id="gap-hatch"
                  width="8"
                  height="8"
                  patternUnits="userSpaceOnUse"
                  patternTransform="rotate(45)"
                >
                  <rect width="8" height="8" style={{ fill: 'var(--mantine-color-red-0)' }} />
                  <line x1="0" y1="0" x2="0" y2="8" style={{ stroke: 'var(--mantine-color-red-2)', strokeWidth: 3 }} />
                </pattern>
              </defs>
              {layout.lanes.map((lane, i) => (
                <g key={lane.key} data-testid="timeline-lane" aria-label={lane.label}>
                  <rect
                    y={laneTops.get(lane.key)!}
                    width={width}
                    height={heights.get(lane.key)!}
                    style={{ fill: i % 2 ? 'var(--mantine-color-gray-0)' : 'white' }}
                  />
                  <line
                    x1={0}
                    x2={width}
                    y1={laneTops.get(lane.key)!}
                    y2={laneTops.get(lane.key)!}
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
                const top = laneTops.get(span.lane)! + 10 + span.row * (SPAN_H + 4);
                const sx = x(span.start);
                const sw = Math.max(3, x(span.end) - sx);
                const label = describe(
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
                    {...interactive(span.event, label)}
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
                        {span.event.type === 'detention'
                          ? `s.${span.event.section}`
                          : EVENT_TYPE_LABELS[span.event.type]}
                      </text>
                    )}
                  </g>
                );
              })}
              {layout.markers.map((m) => {
                const mx = x(m.day);
                const my = laneTops.get(m.lane)! + heights.get(m.lane)! - MARKER_ZONE / 2 - 6;
                const style = MARKER_STYLE[m.kind];
                const label = describe(m.event, m.event.org ? orgNames.get(m.event.org) : undefined);
                const lit = highlighted.has(m.event.id);
                return (
                  <g
                    key={m.event.id}
                    data-testid="timeline-marker"
                    data-kind={m.kind}
                    transform={`translate(${mx} ${my})`}
                    {...interactive(m.event, label)}
                  >
                    {lit && <circle r={11} style={{ fill: 'var(--mantine-color-yellow-4)' }} />}
                    <path d={markerPath(m.kind)} style={{ fill: style.colour, stroke: 'white', strokeWidth: 1 }} />
                  </g>
                );
              })}
            </svg>
          </div>
        </div>
        {hover && (
          <Paper
            shadow="md"
            withBorder
            p={6}
            role="tooltip"
            style={{
              position: 'absolute',
              left: LABEL_W + hover.x,
              top: hover.y,
              transform: 'translate(-50%, calc(-100% - 6px))',
              pointerEvents: 'none',
              maxWidth: 320,
              zIndex: 5,
            }}
          >
            <Text size="xs">{hover.text}</Text>
          </Paper>
        )}
      </div>
    </Paper>
  );
}

function TimelineLegend() {
  return (
    <Group gap="sm" aria-label="Legend">
      {SPAN_LEGEND.map((s) => (
        <Group key={s.type} gap={4}>
          <svg width={16} height={10} aria-hidden>
            <rect width={16} height={10} rx={2} style={{ fill: SPAN_COLOURS[s.type] }} />
          </svg>
          <Text size="xs">{s.label}</Text>
        </Group>
      ))}
      {(Object.keys(MARKER_STYLE) as Array<keyof typeof MARKER_STYLE>).map((kind) => (
        <Group key={kind} gap={4}>
          <svg width={14} height={14} viewBox="-7 -7 14 14" aria-hidden>
            <path d={markerPath(kind)} style={{ fill: MARKER_STYLE[kind].colour }} />
          </svg>
          <Text size="xs">{MARKER_STYLE[kind].label}</Text>
        </Group>
      ))}
      <Group gap={4}>
        <svg width={16} height={10} aria-hidden>
          <rect width={16} height={10} style={{ fill: 'url(#gap-hatch)' }} />
        </svg>
        <Text size="xs">Nothing recorded for 6 months or more</Text>
      </Group>
    </Group>
  );
}
