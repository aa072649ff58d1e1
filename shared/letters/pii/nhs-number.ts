// NHS numbers: ten digits, written together or as 3-3-4, checked with the modulus-11 check digit.
// A number that fails the check is still reported, as "possible": a typo leaks as surely.
import type { PiiDetector } from './types';

const NHS_NUMBER = /(?<![\p{L}\p{N}£$.,/-])(\d{3})([ -]?)(\d{3})\2(\d{4})(?![\p{N}]|[.,]\d|\/)/gu;

/** True when the ten digits carry a valid modulus-11 check digit. */
export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

export const detectNhsNumbers: PiiDetector = (text) =>
  [...text.matchAll(NHS_NUMBER)].map((m) => {
    const digits = `${m[1]}${m[3]}${m[4]}`;
    return {
      kind: 'nhs-number',
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      certainty: isValidNhsNumber(digits) ? 'certain' : 'possible',
      suggestion: '[NHS number]',
    };
  });
