// The picture of who pays whom: every band joins the right two nodes, bands are as thick as their
// money on both sides, and a node's bands fill it exactly, so the picture adds up like the totals.
import { describe, expect, it } from 'vitest';
import { POOL, flowInput, layoutFlows, type FlowInput } from './flow-layout';
import type { RemedyOutput } from '../../../shared/remedies';

const SIZE = { width: 1000, left: 270, right: 270 };

// £888.00 loss paid by p2, split 50/50 between council and icb; £1,000.00 distress from the trust to p1.
const output: RemedyOutput = {
  financialLoss: {
    items: [{ payment: 'm1', gross: 128800, offset: 40000, net: 88800, days: 1020, interest: 0 }],
    gross: 128800,
    offsets: 40000,
    net: 88800,
    interest: 0,
    total: 88800,
  },
  byOrganisation: { council: 44400, icb: 44400, trust: 100000 },
  byRecipient: { p2: 88800, p1: 100000 },
  payments: [{ id: 'r1', kind: 'distress', to: 'p1', by: 'trust', amount: 100000 }],
  total: 188800,
  deadlines: [],
};
const explanation = {
  items: [{ paidBy: 'p2' }],
  apportionment: [
    { org: 'council', amount: 44400 },
    { org: 'icb', amount: 44400 },
  ],
};

describe('flowInput', () => {
  it('sends the loss to whoever paid, and each symbolic payment from its body to its person', () => {
    const input = flowInput(output, explanation);
    expect(input.lossByRecipient).toEqual([{ to: 'p2', amount: 88800 }]);
    expect(input.lossShares.map((s) => s.org)).toEqual(['council', 'icb']);
    expect(input.symbolic).toEqual([{ by: 'trust', to: 'p1', amount: 100000, kind: 'distress' }]);
  });
});

describe('layoutFlows', () => {
  const layout = layoutFlows(flowInput(output, explanation), SIZE);
  const node = (column: number, id: string) => layout.nodes.find((n) => n.column === column && n.id === id)!;

  it('puts bodies left, the refund in the middle and people right', () => {
    expect(layout.nodes.filter((n) => n.column === 0).map((n) => n.id)).toEqual(['council', 'icb', 'trust']);
    expect(layout.nodes.filter((n) => n.column === 1).map((n) => n.id)).toEqual([POOL]);
    expect(layout.nodes.filter((n) => n.column === 2).map((n) => n.id)).toEqual(['p2', 'p1']);
    expect(node(0, 'council').x).toBeLessThan(node(1, POOL).x);
    expect(node(1, POOL).x).toBeLessThan(node(2, 'p1').x);
  });

  it('draws node heights in proportion to the money', () => {
    expect(node(0, 'trust').height / node(0, 'council').height).toBeCloseTo(100000 / 44400, 5);
    expect(node(1, POOL).height).toBeCloseTo(node(0, 'council').height + node(0, 'icb').height, 5);
  });

  it('fills each node with its bands exactly, and never overlaps nodes in a column', () => {
    for (const n of layout.nodes) {
      const out = layout.links.filter((l) => l.from === n.id);
      if (n.column < 2 && out.length > 0) expect(out.reduce((s, l) => s + l.thickness, 0)).toBeCloseTo(n.height, 5);
    }
    for (const column of [0, 2]) {
      const ns = layout.nodes.filter((n) => n.column === column);
      ns.slice(1).forEach((n, i) => expect(n.y).toBeGreaterThan(ns[i]!.y + ns[i]!.height));
    }
  });

  it('labels each band with its amount where the band runs', () => {
    const distress = layout.links.find((l) => l.kind === 'symbolic')!;
    expect(distress).toMatchObject({ from: 'trust', to: 'p1', amount: 100000, paymentKind: 'distress' });
    expect(distress.labelX).toBeGreaterThan(node(0, 'trust').x);
    expect(distress.labelX).toBeLessThan(node(2, 'p1').x);
  });

  it('draws nothing when nobody pays anything', () => {
    const empty: FlowInput = { byOrganisation: {}, byRecipient: {}, lossShares: [], lossByRecipient: [], symbolic: [] };
    expect(layoutFlows(empty, SIZE).nodes).toEqual([]);
  });
});
