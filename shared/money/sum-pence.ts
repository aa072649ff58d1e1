// Adds amounts of pence, refusing a total too large for a number to hold exactly (so a total
// can never silently differ from the sum of its parts).

export function sumPence(amounts: Iterable<number>): number {
  let total = 0;
  for (const amount of amounts) {
    total += amount;
    if (!Number.isSafeInteger(total)) throw new RangeError('total is too large to hold exactly');
  }
  return total;
}
