// The chronology drawn on a time axis: a lane per organisation, hospital stays, CTOs and leave
// as bars from start to end, other events as markers by kind, and quiet periods hatched so a
// long gap (a discharge followed by a year of nothing) shows at a glance. Zoom with the
// buttons or Ctrl+wheel, pan by dragging or with the scrollbar; hover for details, click to open.
import { useEffect, useMemo, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import { Button, Group, Paper, Text } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import type { CaseFileEvent } from '../../../shared/casefile/schema';
import { dayNumber, layoutTimeline } from './timeline-layout';
import { MARKER_STYLE, SPAN_COLOURS, SPAN_LEGEND, markerPath } from './timeline-style';
import { AXIS_H, TimelineDrawing, laneHeights, laneTops } from './TimelineDrawing';

interface Props {
  events: readonly CaseFileEvent[];
  organisations: ReadonlyArray<{ id: string; name: string }>;
  highlighted: ReadonlySet<string>;
  onOpen: (event: CaseFileEvent) => void;
  /** Stays with no recorded end are drawn up to this date. */
  openUntil?: string;
}

const LABEL_W = 190;
const MIN_ZOOM = 1;

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

  const { height } = laneTops(layout, heights);

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

  // Bring the first highlighted event (a link from the duties panel) into view, once.
  const firstHighlightDay = useMemo(() => {
    const e = events.find((ev) => highlighted.has(ev.id));
    return e ? dayNumber(e.date) : null;
  }, [events, highlighted]);
  const centredOn = useRef<number | null>(null);
  useEffect(() => {
    const el = scrollRef.current;
    if (!el || firstHighlightDay === null || centredOn.current === firstHighlightDay) return;
    centredOn.current = firstHighlightDay;
    el.scrollLeft = (firstHighlightDay - first) * pxPerDay - el.clientWidth / 2;
  }, [firstHighlightDay, first, pxPerDay]);

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
  const eventById = useMemo(() => new Map(events.map((e) => [e.id, e])), [events]);
  /** The event whose shape is at (or contains) a DOM node, for the handlers on the whole picture. */
  const targetOf = (node: EventTarget | null) => {
    const el = node instanceof Element ? node.closest<SVGElement>('[data-event-id]') : null;
    const event = el ? eventById.get(el.dataset.eventId ?? '') : undefined;
    return el && event ? { el, event } : null;
  };
  const showHover = (el: Element) => {
    const host = scrollRef.current?.parentElement?.getBoundingClientRect();
    const box = el.getBoundingClientRect();
    const text = el.getAttribute('aria-label') ?? '';
    if (host) setHover({ x: box.left - host.left + box.width / 2, y: box.top - host.top, text });
  };
  const pictureHandlers = {
    onClick: (e: React.MouseEvent) => {
      const t = targetOf(e.target);
      if (t && !drag.current?.moved) onOpen(t.event);
    },
    onKeyDown: (e: React.KeyboardEvent) => {
      const t = targetOf(e.target);
      if (t && (e.key === 'Enter' || e.key === ' ')) {
        e.preventDefault();
        onOpen(t.event);
      }
    },
    onMouseOver: (e: React.MouseEvent) => {
      const t = targetOf(e.target);
      if (t && !drag.current?.moved) showHover(t.el);
      else setHover(null);
    },
    onMouseLeave: () => setHover(null),
    onFocus: (e: React.FocusEvent) => {
      const t = targetOf(e.target);
      if (t) showHover(t.el);
    },
    onBlur: () => setHover(null),
  };

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
          {/* A scroll pane must take focus to be scrolled by keyboard; it also zooms with + and −. */}
          {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions */}
          <div
            ref={scrollRef}
            data-testid="timeline-scroll"
            // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
            tabIndex={0}
            aria-label="Timeline: arrow keys pan, + and − zoom"
            onKeyDown={(e) => {
              if (e.target !== e.currentTarget) return;
              if (e.key === '+' || e.key === '=') zoomTo(zoom * 1.6);
              else if (e.key === '-' || e.key === '_') zoomTo(zoom / 1.6);
              else return;
              e.preventDefault();
            }}
            style={{ overflowX: 'auto', overflowY: 'hidden', cursor: 'grab' }}
            onPointerDown={onPointerDown}
            onPointerMove={onPointerMove}
            onPointerUp={endDrag}
            onPointerLeave={endDrag}
          >
            <svg
              width={width}
              height={height}
              role="group"
              {...pictureHandlers}
              aria-label={`Timeline of ${events.length} events in ${layout.lanes.length} lanes`}
              data-testid="timeline"
              style={{ display: 'block', userSelect: 'none' }}
            >
              <TimelineDrawing
                layout={layout}
                heights={heights}
                width={width}
                pxPerDay={pxPerDay}
                highlighted={highlighted}
                orgNames={orgNames}
              />
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
