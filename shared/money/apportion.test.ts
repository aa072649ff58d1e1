import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { apportionByLargestRemainder } from './apportion';

const shares = (...percents: number[]) => percents.map((percent) => ({ percent }));

describe('apportionByLargestRemainder', () => {
  it('splits evenly when it can', () => {
    expect(apportionByLargestRemainder(88800, shares(50, 50))).toEqual([44400, 44400]);
  });

  it('gives the odd penny to the earlier entry on a tie', () => {
    expect(apportionByLargestRemainder(88801, shares(50, 50))).toEqual([44401, 44400]);
    expect(apportionByLargestRemainder(100, shares(33, 33, 34))).toEqual([33, 33, 34]);
    // 1 penny at 33/33/34: remainders 33, 33, 34 → the 34% entry takes it.
    expect(apportionByLargestRemainder(1, shares(33, 33, 34))).toEqual([0, 0, 1]);
    // 2 pence at 50/25/25: floors 1,0,0; remainders 0,50,50 → tie goes to the second entry.
    expect(apportionByLargestRemainder(2, shares(50, 25, 25))).toEqual([1, 1, 0]);
  });

  it('hands the remainder to the largest remainders first', () => {
    // 1000 at 33/33/34 = 330, 330, 340 exactly; 1001 → remainders 33, 33, 34 → 34% gets the penny.
    expect(apportionByLargestRemainder(1001, shares(33, 33, 34))).toEqual([330, 330, 341]);
    // 10 at 15/15/70: 1.5, 1.5, 7 → floors 1,1,7; one penny left, tie → first.
    expect(apportionByLargestRemainder(10, shares(15, 15, 70))).toEqual([2, 1, 7]);
  });

  it('refuses percents that do not add up to 100', () => {
    expect(() => apportionByLargestRemainder(100, shares(50, 40))).toThrow(/100/);
    expect(() => apportionByLargestRemainder(100, shares(50.5, 49.5))).toThrow();
  });

  const percentLists = fc.array(fc.nat({ max: 100 }), { minLength: 1, maxLength: 6 }).map((cuts) => {
    // Random cut points in 0..100 give whole percents summing to 100, zeros included.
    const points = [0, ...cuts.slice(1).sort((a, b) => a - b), 100];
    return points.slice(1).map((p, i) => p - (points[i] ?? 0));
  });

  it('always sums to the total, never goes negative, never strays a penny from the exact share', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), percentLists, (total, percents) => {
        const parts = apportionByLargestRemainder(total, shares(...percents));
        expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
        parts.forEach((part, i) => {
          expect(part).toBeGreaterThanOrEqual(0);
          const exact = (total * (percents[i] ?? 0)) / 100;
          expect(Math.abs(part - exact)).toBeLessThan(1.0001);
        });
        expect(apportionByLargestRemainder(total, shares(...percents))).toEqual(parts);
      }),
    );
  });
});
