// UK telephone numbers: 0 or +44 then nine or ten more digits, spaced, hyphenated or bracketed
// as people write them ("01632 960123", "(0161) 496 0123", "+44 7700 900123").
import type { PiiDetector } from './types';

const PHONE = /(?<![\p{L}\p{N}+])(?:\+44[\s-]?(?:\(0\)[\s-]?)?|\(0|0)\d[\d\s()-]{7,14}\d(?![\p{N}])/gu;

export const detectPhones: PiiDetector = (text) =>
  [...text.matchAll(PHONE)].flatMap((m) => {
    // Trim a trailing run that is not part of the number (", 2019" after it is not).
    const raw = m[0];
    const digits = raw.replace(/\D/g, '');
    const national = raw.startsWith('+44') ? digits.slice(2).replace(/^0/, '') : digits.replace(/^0/, '');
    if (national.length < 9 || national.length > 10) return [];
    if (/\s{2,}|\n/.test(raw)) return [];
    return [
      {
        kind: 'phone' as const,
        start: m.index,
        end: m.index + raw.length,
        text: raw,
        certainty: 'certain' as const,
        suggestion: '[telephone number]',
      },
    ];
  });
