// The timeline's geometry: lanes per organisation, stays drawn to their end, gaps found, ticks sane.
import { describe, expect, it } from 'vitest';
import type { CaseFileEvent } from '../../../shared/casefile/schema';
import { axisTicks, dayNumber, describeDuration, layoutTimeline, NO_ORG_LANE } from './timeline-layout';

const orgs = [
  { id: 'trust', name: 'Anytown Trust' },
  { id: 'council', name: 'Anytown Council' },
];
const ev = (id: string, date: string, type: string, extra: Record<string, unknown> = {}) =>
  ({ id, date, type, ...extra }) as CaseFileEvent;

describe('layoutTimeline', () => {
  const events = [
    ev('e1', '2019-01-10', 'detention', { section: '3', org: 'trust' }),
    ev('e2', '2019-03-01', 'discharge', { org: 'trust' }),
    ev('e3', '2019-03-20', 's117_review', { org: 'council' }),
    ev('e4', '2020-06-01', 'complaint_to_org'),
    ev('e5', '2020-07-01', 'cto_start', { org: 'trust' }),
  ];
  const layout = layoutTimeline(events, orgs);

  it('gives each organisation a lane, and one more only when an event names none', () => {
    expect(layout.lanes.map((l) => l.key)).toEqual(['trust', 'council', NO_ORG_LANE]);
    expect(layoutTimeline(events.slice(0, 3), orgs).lanes).toHaveLength(2);
  });

  it('draws a detention from its start to the discharge that ends it', () => {
    const detention = layout.spans.find((s) => s.event.id === 'e1')!;
    expect(detention.lane).toBe('trust');
    expect(detention.end - detention.start).toBe(dayNumber('2019-03-01') - dayNumber('2019-01-10'));
    expect(detention.endEvent?.id).toBe('e2');
  });

  it('leaves a span with no recorded end open to the last date', () => {
    const cto = layout.spans.find((s) => s.event.id === 'e5')!;
    expect(cto.endEvent).toBeNull();
    expect(layoutTimeline(events, orgs, { openUntil: '2021-01-01' }).spans.find((s) => s.event.id === 'e5')!.end).toBe(
      dayNumber('2021-01-01'),
    );
  });

  it('shows other events as markers of their kind', () => {
    expect(layout.markers.map((m) => [m.event.id, m.kind])).toEqual([
      ['e2', 'hospital'],
      ['e3', 'review'],
      ['e4', 'complaint'],
    ]);
  });

  it('finds the long quiet period after the review', () => {
    expect(layout.gaps).toHaveLength(1);
    expect(layout.gaps[0]!.after.id).toBe('e3');
    expect(describeDuration(layout.gaps[0]!.days)).toBe('1 year 2 months');
  });

  it('stacks overlapping spans in one lane', () => {
    const overlapping = layoutTimeline(
      [
        ev('a', '2019-01-01', 'cto_start', { org: 'trust' }),
        ev('b', '2019-02-01', 's17_leave_start', { org: 'trust' }),
        ev('c', '2019-03-01', 's17_leave_end', { org: 'trust' }),
      ],
      orgs,
    );
    expect(overlapping.spans.map((s) => s.row)).toEqual([0, 1]);
  });
});

describe('axisTicks', () => {
  it('marks months when zoomed in and years when zoomed out, all within the range', () => {
    const start = dayNumber('2019-01-15');
    const end = dayNumber('2020-12-31');
    const fine = axisTicks(start, end, 5);
    expect(fine[0]!.label).toBe('Feb');
    expect(fine.find((t) => t.label === '2020')?.major).toBe(true);
    const coarse = axisTicks(dayNumber('2000-01-01'), dayNumber('2020-01-01'), 0.05);
    expect(coarse.every((t) => t.major)).toBe(true);
    expect(coarse.length).toBeGreaterThan(2);
    expect(coarse.length).toBeLessThan(12);
  });
});
