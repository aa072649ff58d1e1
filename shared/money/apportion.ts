// Splits an amount of pence between shares given in whole percents, by the largest-remainder
// method, so the parts always add up to the amount exactly. Ties in the remainder go to the
// share earlier in the list (CASEFILE.md "Remedy output").

export interface PercentShare {
  percent: number;
}

/**
 * Each share's part of `total` pence, in the order given. Percents must be whole numbers ≥ 0
 * summing to 100. Every part is floor(total × percent / 100) plus at most one penny of the
 * remainder, handed out by largest remainder, earlier entry first on a tie.
 */
export function apportionByLargestRemainder(total: number, shares: readonly PercentShare[]): number[] {
  if (!Number.isSafeInteger(total) || total < 0) throw new RangeError('total must be whole pence ≥ 0');
  if (shares.some((s) => !Number.isInteger(s.percent) || s.percent < 0))
    throw new RangeError('percents must be whole numbers ≥ 0');
  if (shares.reduce((sum, s) => sum + s.percent, 0) !== 100) throw new RangeError('percents must add up to 100');

  const big = BigInt(total);
  const floors = shares.map((s) => (big * BigInt(s.percent)) / 100n);
  const remainders = shares.map((s) => (big * BigInt(s.percent)) % 100n);
  let left = big - floors.reduce((sum, part) => sum + part, 0n);

  // Stable sort by remainder descending keeps the earlier entry first among equals.
  const order = shares.map((_, i) => i).sort((a, b) => Number((remainders[b] ?? 0n) - (remainders[a] ?? 0n)));
  for (const i of order) {
    if (left === 0n) break;
    floors[i] = (floors[i] ?? 0n) + 1n;
    left -= 1n;
  }
  return floors.map((part) => Number(part));
}
