import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatBasisPoints, percentToBasisPoints, simpleInterest } from './interest';
import { divideRoundHalfUp } from './rounding';

describe('simpleInterest', () => {
  it('matches a hand calculation to the penny', () => {
    // £888.00 at 8% a year for 1,020 days (1 April 2019 to 15 January 2022):
    //   888.00 × 0.08 = £71.04 a year; 71.04 × 1020 / 365 = 72,460.8 / 365 = £198.5227…
    //   → £198.52. In pence: 88800 × 800 × 1020 = 72,460,800,000; / 3,650,000 = 19,852.27… → 19852.
    expect(simpleInterest(88800, 800, 1020)).toBe(19852);
  });

  it('rounds a half penny up and anything less down', () => {
    // 36500 × 100 bp × 5 days = 18,250,000 / 3,650,000 = exactly 5.0 pence.
    expect(simpleInterest(36500, 100, 5)).toBe(5);
    // 365 pence at 100% for 1 day = 1.0p; at 50% = 0.5p → 1p; at 49.99% = 0.4999p → 0p.
    expect(simpleInterest(365, 5000, 1)).toBe(1);
    expect(simpleInterest(365, 4999, 1)).toBe(0);
    // 1095 pence at 50% for 1 day = 1.5p → 2p (half up, not to even).
    expect(simpleInterest(1095, 5000, 1)).toBe(2);
  });

  it('gives nothing at a zero rate, zero days or zero net', () => {
    expect(simpleInterest(88800, 0, 1020)).toBe(0);
    expect(simpleInterest(88800, 800, 0)).toBe(0);
    expect(simpleInterest(0, 800, 1020)).toBe(0);
  });

  it('stays exact where net × bp × days passes 2^53', () => {
    // £900m at 100% for 100 years: 9e10 × 1e4 × 36500 = 3.285e19 > 2^53 ≈ 9.007e15.
    // Exact: 9e10 × 36500 / 365 = 9e12 pence.
    expect(simpleInterest(90_000_000_000, 10_000, 36_500)).toBe(9_000_000_000_000);
  });

  it('agrees with the CASEFILE formula for any inputs', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e10 }),
        fc.integer({ min: 0, max: 10000 }),
        fc.integer({ min: 0, max: 20000 }),
        (net, bp, days) => {
          const expected = (2n * BigInt(net) * BigInt(bp) * BigInt(days) + 3650000n) / 7300000n;
          expect(simpleInterest(net, bp, days)).toBe(Number(expected));
        },
      ),
    );
  });

  it('refuses negative or fractional inputs', () => {
    expect(() => simpleInterest(-1, 800, 1)).toThrow();
    expect(() => simpleInterest(1.5, 800, 1)).toThrow();
  });
});

describe('divideRoundHalfUp', () => {
  it('rounds halves up', () => {
    expect(divideRoundHalfUp(5n, 2n)).toBe(3n);
    expect(divideRoundHalfUp(7n, 2n)).toBe(4n);
    expect(divideRoundHalfUp(4n, 3n)).toBe(1n);
    expect(divideRoundHalfUp(5n, 3n)).toBe(2n);
  });
});

describe('percentToBasisPoints', () => {
  it.each([
    [8, 800],
    [8.25, 825],
    [8.1, 810],
    [0.07, 7],
    [0.29, 29],
    [1.15, 115],
    [0, 0],
    ['8.50', 850],
    ['8%', 800],
    ['.5', 50],
  ])('%j%% is %i basis points', (percent, bp) => {
    expect(percentToBasisPoints(percent)).toEqual({ ok: true, basisPoints: bp });
  });

  it.each([[8.125], ['8.125'], [-1], ['abc'], [Number.NaN], [1e-7]])('rejects %j', (percent) => {
    expect(percentToBasisPoints(percent).ok).toBe(false);
  });

  it('never drifts for any rate with two decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10000 }), (bp) => {
        expect(percentToBasisPoints(bp / 100)).toEqual({ ok: true, basisPoints: bp });
      }),
    );
  });

  it.each([
    [800, '8%'],
    [825, '8.25%'],
    [850, '8.5%'],
    [5, '0.05%'],
  ])('%i basis points reads %s', (bp, text) => {
    expect(formatBasisPoints(bp)).toBe(text);
  });
});
