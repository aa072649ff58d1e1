// Simple interest on integer pence, exactly as CASEFILE.md "Remedy output" defines it, and the
// conversion of an interest rate in percent to basis points from its decimal digits (8.1 → 810),
// so no floating-point product ever decides a penny.
import { divideRoundHalfUp, toSafePence } from './rounding';

/** A year of 365 days at 10,000 basis points to 100%: the divisor of net × bp × days. */
const BASIS_POINT_DAYS_PER_YEAR = 365n * 10_000n;

/**
 * Simple interest on `net` pence at `basisPoints` a year for `days` days over a 365-day year,
 * rounded half up to the penny: floor((2·net·bp·days + 3650000) / 7300000).
 * BigInt throughout: net × bp × days can pass 2^53 for a large, old loss.
 */
export function simpleInterest(net: number, basisPoints: number, days: number): number {
  for (const [name, value] of [
    ['net', net],
    ['basisPoints', basisPoints],
    ['days', days],
  ] as const) {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number ≥ 0`);
  }
  const product = BigInt(net) * BigInt(basisPoints) * BigInt(days);
  return toSafePence(divideRoundHalfUp(product, BASIS_POINT_DAYS_PER_YEAR));
}

export type BasisPointsResult = { ok: true; basisPoints: number } | { ok: false; reason: string };

/**
 * A rate in percent with at most two decimals → whole basis points (8 → 800, 8.25 → 825,
 * "0.5" → 50), read from the number's decimal string so 0.07 gives 7, not 7.000000000000001.
 */
export function percentToBasisPoints(percent: number | string): BasisPointsResult {
  const text = typeof percent === 'number' ? String(percent) : percent.trim().replace(/%$/, '').trim();
  if (typeof percent === 'number' && !Number.isFinite(percent)) return { ok: false, reason: 'not a number' };
  if (/^[-−]/.test(text)) return { ok: false, reason: 'the rate must not be negative' };
  const match = /^(\d+)(?:\.(\d*))?$/.exec(text.startsWith('.') ? `0${text}` : text);
  if (!match) return { ok: false, reason: 'not a rate in percent (e.g. 8 or 8.25)' };
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  if (fraction.length > 2) return { ok: false, reason: 'at most two decimal places' };
  const basisPoints = Number(match[1]) * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(basisPoints)) return { ok: false, reason: 'the rate is too large' };
  return { ok: true, basisPoints };
}

/** 800 → "8%", 825 → "8.25%", 850 → "8.5%": a rate for a sentence. */
export function formatBasisPoints(basisPoints: number): string {
  const whole = Math.floor(basisPoints / 100);
  const fraction = String(basisPoints % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}%` : `${whole}%`;
}
