// National Insurance numbers: two prefix letters, six digits (spaced in pairs or not), a suffix A
// to D. A prefix HMRC never issues (D, F, I, Q, U, V; O second; BG, GB, KN, NK, NT, TN, ZZ) is
// still reported, as "possible": "QQ 12 34 56 C" is a typo or a specimen, and either may leak.
import type { PiiDetector } from './types';

const NI_NUMBER = /(?<![\p{L}\p{N}])([A-Z]{2}) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([A-D])(?![\p{L}\p{N}])/gu;
const ISSUED_PREFIX = /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]$/;
const NEVER_ISSUED = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

export const detectNiNumbers: PiiDetector = (text) =>
  [...text.matchAll(NI_NUMBER)].map((m) => ({
    kind: 'ni-number',
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    certainty: ISSUED_PREFIX.test(m[1]!) && !NEVER_ISSUED.has(m[1]!) ? 'certain' : 'possible',
    suggestion: '[National Insurance number]',
  }));
