import { describe, expect, it } from 'vitest';
import { SYMBOLIC_PAYMENT_REFERENCE_POINTS, referencePointsFor } from './reference-points';
import { formatPenceShort } from '../money/format-money';

describe('symbolic payment reference points', () => {
  it('each has a kind, a whole positive amount or monthly amount, and a source naming the amount', () => {
    for (const point of SYMBOLIC_PAYMENT_REFERENCE_POINTS) {
      const pence = point.amount ?? point.perMonth;
      expect(Number.isInteger(pence) && pence > 0).toBe(true);
      expect(point.source).toContain(formatPenceShort(pence));
      if (point.perMonth !== undefined) expect(point.source).toContain('a month');
    }
  });

  it('includes the amounts DOMAIN.md lists', () => {
    const amounts = SYMBOLIC_PAYMENT_REFERENCE_POINTS.map((p) => p.amount);
    for (const pence of [25000, 50000, 70000, 30000, 100000]) expect(amounts).toContain(pence);
    expect(SYMBOLIC_PAYMENT_REFERENCE_POINTS.map((p) => p.perMonth)).toEqual(expect.arrayContaining([5000, 30000]));
  });

  it('lists lump sums smallest first, then monthly amounts', () => {
    const distress = referencePointsFor('distress');
    const lumps = distress.filter((p) => p.amount !== undefined).map((p) => p.amount ?? 0);
    expect(lumps).toEqual([...lumps].sort((a, b) => a - b));
    expect(distress.at(-1)?.perMonth).toBe(30000);
    expect(referencePointsFor('time_and_trouble').map((p) => p.amount)).toEqual([30000]);
  });
});
