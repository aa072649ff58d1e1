import { describe, expect, it } from 'vitest';
import { paginate, type FlowBlock, type FlowUnit } from './pdf-paginate';

const frame = { top: 100, bottom: 0 };

function unit(label: string, height = 10): FlowUnit {
  return { height, draw: (top) => [{ kind: 'text', x: 0, y: top, text: label, font: 'regular', size: 10 }] };
}

function lines(prefix: string, count: number): FlowUnit[] {
  return Array.from({ length: count }, (_, i) => unit(`${prefix}${i + 1}`));
}

/** The labels drawn on each page. */
function labels(blocks: FlowBlock[]): string[][] {
  return paginate(blocks, frame).map((ops) => ops.flatMap((op) => (op.kind === 'text' ? [op.text] : [])));
}

describe('paginate', () => {
  it('moves a heading to the next page rather than leave it at the foot', () => {
    const pages = labels([
      { units: lines('a', 9), spaceBefore: 0 },
      { units: [unit('Heading')], spaceBefore: 0, keepWithNext: true, keepTogether: true },
      { units: lines('b', 3), spaceBefore: 0, minFirst: 2 },
    ]);
    expect(pages[0]).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8', 'a9']);
    expect(pages[1]).toEqual(['Heading', 'b1', 'b2', 'b3']);
  });

  it('keeps a heading, a subheading and the first lines after them together', () => {
    const pages = labels([
      { units: lines('a', 6), spaceBefore: 0 },
      { units: [unit('H1')], spaceBefore: 0, keepWithNext: true },
      { units: [unit('H2')], spaceBefore: 0, keepWithNext: true },
      { units: lines('b', 5), spaceBefore: 0, minFirst: 2 },
    ]);
    // H1 + H2 + two lines need 40; only 40 is left after a1–a6, so they fit exactly here.
    expect(pages[0]).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'H1', 'H2', 'b1', 'b2']);
    const tighter = labels([
      { units: lines('a', 7), spaceBefore: 0 },
      { units: [unit('H1')], spaceBefore: 0, keepWithNext: true },
      { units: [unit('H2')], spaceBefore: 0, keepWithNext: true },
      { units: lines('b', 5), spaceBefore: 0, minFirst: 2 },
    ]);
    expect(tighter[1]?.slice(0, 2)).toEqual(['H1', 'H2']);
  });

  it('leaves no single first line (orphan) or last line (widow) of a paragraph alone', () => {
    const orphan = labels([
      { units: lines('a', 9), spaceBefore: 0 },
      { units: lines('p', 4), spaceBefore: 0, minFirst: 2, minLast: 2 },
    ]);
    expect(orphan[1]).toEqual(['p1', 'p2', 'p3', 'p4']);
    const widow = labels([
      { units: lines('a', 6), spaceBefore: 0 },
      { units: lines('p', 5), spaceBefore: 0, minFirst: 2, minLast: 2 },
    ]);
    // Four of the five lines would fit; one line alone overleaf is a widow, so three and two.
    expect(widow[0]?.slice(-4)).toEqual(['a6', 'p1', 'p2', 'p3']);
    expect(widow[1]).toEqual(['p4', 'p5']);
  });

  it('repeats a table header row on every page the table continues on', () => {
    const header = unit('HEAD');
    const pages = labels([
      { units: lines('a', 3), spaceBefore: 0 },
      { units: [header, ...lines('r', 20)], spaceBefore: 0, minFirst: 2, repeatOnNewPage: header },
    ]);
    expect(pages.length).toBe(3);
    for (const page of pages.slice(1)) expect(page[0]).toBe('HEAD');
    expect(pages.flat().filter((l) => l.startsWith('r'))).toEqual(lines('r', 20).map((_, i) => `r${i + 1}`));
  });

  it('does not start a table with its header row alone at the foot of a page', () => {
    const header = unit('HEAD');
    const pages = labels([
      { units: lines('a', 9), spaceBefore: 0 },
      { units: [header, ...lines('r', 3)], spaceBefore: 0, minFirst: 2, repeatOnNewPage: header },
    ]);
    expect(pages[0]).not.toContain('HEAD');
    expect(pages[1]).toEqual(['HEAD', 'r1', 'r2', 'r3']);
  });

  it('still finishes when a unit is taller than a page', () => {
    const pages = labels([
      { units: [unit('giant', 150)], spaceBefore: 0 },
      { units: lines('b', 2), spaceBefore: 0 },
    ]);
    expect(pages).toEqual([['giant'], ['b1', 'b2']]);
  });
});
