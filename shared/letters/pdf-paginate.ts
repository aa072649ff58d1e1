// Page breaking for the PDF renderer: places measured blocks on pages, keeping headings with
// what follows, avoiding one-line orphans and widows, and repeating table header rows.
import type { FontKey } from './pdf-text-layout';

export type DrawOp =
  | { kind: 'text'; x: number; y: number; text: string; font: FontKey; size: number; grey?: number }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; thickness: number; grey?: number }
  | { kind: 'rect'; x: number; y: number; width: number; height: number; grey: number };

/** Something that cannot be split across pages: a line of text, a table row. */
export interface FlowUnit {
  height: number;
  /** The drawing, given the unit's top edge (PDF coordinates, y up). */
  draw: (top: number) => DrawOp[];
}

export interface FlowBlock {
  units: FlowUnit[];
  spaceBefore: number;
  /** Headings: never the last thing on a page. */
  keepWithNext?: boolean;
  /** Never split (a heading, the signature). */
  keepTogether?: boolean;
  /** Fewest units that may start a page's share of the block (2 = no orphans; tables: header + a row). */
  minFirst?: number;
  /** Fewest units that may end the block on a new page (2 = no widows). */
  minLast?: number;
  /** Drawn again at the top of every page the block continues on (a table's header row). */
  repeatOnNewPage?: FlowUnit;
}

export interface PageFrame {
  top: number;
  bottom: number;
}

/** Lays `blocks` out top to bottom over as many pages as they need; returns each page's drawing. */
export function paginate(blocks: FlowBlock[], frame: PageFrame): DrawOp[][] {
  const pages: DrawOp[][] = [[]];
  let cursor = frame.top;
  const atTop = () => cursor === frame.top;
  const remaining = () => cursor - frame.bottom;
  const newPage = () => {
    pages.push([]);
    cursor = frame.top;
  };
  const place = (unit: FlowUnit) => {
    pages[pages.length - 1]!.push(...unit.draw(cursor));
    cursor -= unit.height;
  };
  const sum = (units: FlowUnit[]) => units.reduce((a, u) => a + u.height, 0);

  // What must fit below a heading for it to stay on this page: itself, and the start of what follows.
  const keepHeight = (index: number): number => {
    const block = blocks[index];
    if (!block) return 0;
    const own = sum(block.units);
    if (!block.keepWithNext) return sum(block.units.slice(0, Math.max(1, block.minFirst ?? 2)));
    const next = blocks[index + 1];
    return own + (next ? next.spaceBefore + keepHeight(index + 1) : 0);
  };

  for (const [index, block] of blocks.entries()) {
    let space = atTop() ? 0 : block.spaceBefore;
    const whole = sum(block.units);
    const needed = block.keepWithNext ? block.spaceBefore + keepHeight(index) : block.keepTogether ? space + whole : 0;
    if (needed > remaining() && !atTop() && needed - block.spaceBefore <= frame.top - frame.bottom) {
      newPage();
      space = 0;
    }
    cursor -= space;

    let units = block.units;
    let firstChunk = true;
    while (units.length > 0) {
      let fit = 0;
      let used = 0;
      while (fit < units.length && used + units[fit]!.height <= remaining() + 0.01) {
        used += units[fit]!.height;
        fit++;
      }
      if (fit === units.length) {
        units.forEach(place);
        break;
      }
      const minFirst = Math.min(units.length, firstChunk || block.repeatOnNewPage ? (block.minFirst ?? 1) : 1);
      if (fit < Math.max(1, minFirst) && !atTop()) {
        newPage();
        continue;
      }
      // A split must leave enough for the next page too (no widows), if that still leaves enough here.
      const minLast = block.minLast ?? 1;
      if (units.length - fit < minLast && fit - (minLast - (units.length - fit)) >= Math.max(1, minFirst)) {
        fit -= minLast - (units.length - fit);
      }
      // A unit taller than a whole page is placed anyway so the layout always moves on.
      if (fit === 0) fit = 1;
      units.slice(0, fit).forEach(place);
      units = units.slice(fit);
      newPage();
      firstChunk = false;
      if (block.repeatOnNewPage) units = [block.repeatOnNewPage, ...units];
    }
  }
  return pages;
}
