// Lays out the "who pays what to whom" picture: organisations on the left, the people paid on
// the right, and between them the refund of fees (the financial loss, split between bodies and
// owed to whoever paid); symbolic payments go straight from a body to a person. Bands are as
// thick as their amounts, so the picture can be read without the numbers. Pure: numbers in,
// rectangles and SVG paths out.
import type { RemedyOutput } from '../../../shared/remedies';

export interface FlowInput {
  byOrganisation: Record<string, number>;
  byRecipient: Record<string, number>;
  /** Each organisation's part of the financial loss (net + interest). */
  lossShares: Array<{ org: string; amount: number }>;
  /** What of the financial loss goes to each person who paid. */
  lossByRecipient: Array<{ to: string; amount: number }>;
  symbolic: Array<{ by: string; to: string; amount: number; kind: string }>;
}

export interface FlowNode {
  id: string;
  column: 0 | 1 | 2;
  amount: number;
  x: number;
  y: number;
  height: number;
}

export interface FlowLink {
  from: string;
  to: string;
  amount: number;
  kind: 'loss' | 'symbolic';
  /** The symbolic payment's kind, for its label. */
  paymentKind?: string;
  path: string;
  /** Where the band's label goes. */
  labelX: number;
  labelY: number;
  thickness: number;
}

export interface FlowLayout {
  width: number;
  height: number;
  nodeWidth: number;
  nodes: FlowNode[];
  links: FlowLink[];
}

export const POOL = '*refund';
const NODE_WIDTH = 14;
const GAP = 18;
const PAD = 12;
/** Room above the top node for the refund's label. */
const PAD_TOP = 30;
const MIN_NODE = 3;

/** The flows of a remedy result, from the calculator's output and its per-item explanation. */
export function flowInput(
  output: RemedyOutput,
  explanation: { items: Array<{ paidBy: string }>; apportionment: Array<{ org: string; amount: number }> } | null,
): FlowInput {
  const lossByRecipient = new Map<string, number>();
  output.financialLoss.items.forEach((item, i) => {
    const to = explanation?.items[i]?.paidBy;
    if (to === undefined) return;
    lossByRecipient.set(to, (lossByRecipient.get(to) ?? 0) + item.net + item.interest);
  });
  return {
    byOrganisation: output.byOrganisation,
    byRecipient: output.byRecipient,
    lossShares: (explanation?.apportionment ?? []).filter((a) => a.amount > 0),
    lossByRecipient: [...lossByRecipient].filter(([, amount]) => amount > 0).map(([to, amount]) => ({ to, amount })),
    symbolic: output.payments
      .filter((p) => p.amount > 0)
      .map((p) => ({ by: p.by, to: p.to, amount: p.amount, kind: p.kind })),
  };
}

function band(xa: number, ya: number, xb: number, yb: number, thickness: number): string {
  const xm = (xa + xb) / 2;
  const r = (n: number) => Math.round(n * 10) / 10;
  return (
    `M${r(xa)},${r(ya)} C${r(xm)},${r(ya)} ${r(xm)},${r(yb)} ${r(xb)},${r(yb)} ` +
    `L${r(xb)},${r(yb + thickness)} C${r(xm)},${r(yb + thickness)} ${r(xm)},${r(ya + thickness)} ${r(xa)},${r(ya + thickness)} Z`
  );
}

export function layoutFlows(input: FlowInput, size: { width: number; left: number; right: number }): FlowLayout {
  const orgs = Object.entries(input.byOrganisation).filter(([, a]) => a > 0);
  const people = Object.entries(input.byRecipient).filter(([, a]) => a > 0);
  const lossTotal = input.lossShares.reduce((s, x) => s + x.amount, 0);
  const total = orgs.reduce((s, [, a]) => s + a, 0);
  const most = Math.max(orgs.length, people.length, 1);
  const height = Math.max(200, most * 64 + PAD + PAD_TOP);
  const usable = height - PAD - PAD_TOP - (most - 1) * GAP;
  const k = total > 0 ? usable / total : 0;
  const columnX = [
    size.left,
    (size.left + size.width - size.right - NODE_WIDTH) / 2,
    size.width - size.right - NODE_WIDTH,
  ];

  const nodes: FlowNode[] = [];
  const stack = (entries: Array<[string, number]>, column: 0 | 1 | 2) => {
    const heights = entries.map(([, a]) => Math.max(a * k, MIN_NODE));
    const span = heights.reduce((s, h) => s + h, 0) + (entries.length - 1) * GAP;
    let y = PAD_TOP + (height - PAD - PAD_TOP - span) / 2;
    entries.forEach(([id, amount], i) => {
      const h = heights[i] ?? 0;
      nodes.push({ id, column, amount, x: columnX[column] ?? 0, y, height: h });
      y += h + GAP;
    });
  };
  stack(orgs, 0);
  if (lossTotal > 0) stack([[POOL, lossTotal]], 1);
  stack(people, 2);

  const node = (column: number, id: string) => nodes.find((n) => n.column === column && n.id === id);
  // Where the next band leaves or enters each node, filled from the top down.
  const outAt = new Map<FlowNode, number>(nodes.map((n) => [n, n.y]));
  const inAt = new Map<FlowNode, number>(nodes.map((n) => [n, n.y]));
  const links: FlowLink[] = [];
  const connect = (
    a: FlowNode | undefined,
    b: FlowNode | undefined,
    amount: number,
    kind: FlowLink['kind'],
    paymentKind?: string,
  ) => {
    if (!a || !b) return;
    // A node drawn taller than its amount (MIN_NODE) still hands out bands in proportion.
    const thickness = Math.max(a.amount > 0 ? (amount / a.amount) * a.height : 0, 1);
    const ya = outAt.get(a) ?? a.y;
    const inThickness = Math.max(b.amount > 0 ? (amount / b.amount) * b.height : 0, 1);
    const yb = inAt.get(b) ?? b.y;
    outAt.set(a, ya + thickness);
    inAt.set(b, yb + inThickness);
    const xa = a.x + NODE_WIDTH;
    const xb = b.x;
    links.push({
      from: a.id,
      to: b.id,
      amount,
      kind,
      ...(paymentKind ? { paymentKind } : {}),
      path: band(xa, ya, xb, yb, Math.min(thickness, inThickness)),
      labelX: (xa + xb) / 2,
      labelY: (ya + yb) / 2 + Math.min(thickness, inThickness) / 2,
      thickness: Math.min(thickness, inThickness),
    });
  };
  // Loss bands first on each side, so the refund sits at the top of every node it touches.
  for (const share of input.lossShares) connect(node(0, share.org), node(1, POOL), share.amount, 'loss');
  for (const part of input.lossByRecipient) connect(node(1, POOL), node(2, part.to), part.amount, 'loss');
  for (const p of input.symbolic) connect(node(0, p.by), node(2, p.to), p.amount, 'symbolic', p.kind);

  return { width: size.width, height, nodeWidth: NODE_WIDTH, nodes, links };
}
