// National Insurance numbers: two prefix letters (not D, F, I, Q, U, V; second not O; not BG, GB,
// KN, NK, NT, TN, ZZ), six digits (spaced in pairs or not), a suffix A to D.
import type { PiiDetector } from './types';

const NI_NUMBER =
  /(?<![\p{L}\p{N}])([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([A-D])(?![\p{L}\p{N}])/gu;
const NEVER_ISSUED = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

export const detectNiNumbers: PiiDetector = (text) =>
  [...text.matchAll(NI_NUMBER)]
    .filter((m) => !NEVER_ISSUED.has(m[1]!))
    .map((m) => ({
      kind: 'ni-number',
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      certainty: 'certain',
      suggestion: '[National Insurance number]',
    }));
