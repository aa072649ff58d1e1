// UK postcodes ("NB4 7QT", "SW1A 1AA", "M1 1AE"), in capitals as addresses write them. The inward
// part's letters exclude C, I, K, M, O and V, which no postcode uses.
import type { PiiDetector } from './types';

const POSTCODE =
  /(?<![\p{L}\p{N}])(?:GIR ?0AA|[A-PR-UWYZ](?:[A-HK-Y]?\d[A-Z\d]?|\d[A-HJKPSTUW]) ?\d[ABD-HJLNP-UW-Z]{2})(?![\p{L}\p{N}])/gu;

export const detectPostcodes: PiiDetector = (text) =>
  [...text.matchAll(POSTCODE)].map((m) => ({
    kind: 'postcode',
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    certainty: 'certain',
    suggestion: '[postcode]',
  }));
