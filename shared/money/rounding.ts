// The one place money is rounded: integer division rounded half up, in BigInt so that no
// intermediate product can lose precision however large the case.

/** numerator ÷ denominator rounded half up (both non-negative, denominator > 0): floor((2n + d) / 2d). */
export function divideRoundHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new RangeError('denominator must be positive');
  if (numerator < 0n) throw new RangeError('numerator must not be negative');
  return (2n * numerator + denominator) / (2n * denominator);
}

/** A BigInt result back to a number of pence, refusing anything a number cannot hold exactly. */
export function toSafePence(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER))
    throw new RangeError('amount is too large to hold exactly');
  return Number(value);
}
