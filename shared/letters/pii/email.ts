// Email addresses.
import type { PiiDetector } from './types';

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

export const detectEmails: PiiDetector = (text) =>
  [...text.matchAll(EMAIL)].map((m) => ({
    kind: 'email',
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    certainty: 'certain',
    suggestion: '[email address]',
  }));
