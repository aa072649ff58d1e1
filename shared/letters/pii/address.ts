// Street addresses: a house number (optionally after "Flat 3,") and one to three capitalised
// words ending in a street word ("27 Wharf Lane", "Flat 2, 14 Quay Street", "3 St Anne's Road").
import type { PiiDetector } from './types';

const STREET_WORDS =
  'Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Close|Drive|Way|Crescent|Place|Court|Gardens|Terrace|Grove|Hill|Park|Square|Walk|Row|Mews|Parade|Rise|View|Green|Wharf|Quay|Yard|Vale|Boulevard|Gate|Fields|Meadows|Approach|Embankment|Promenade|Croft|Chase|Drove|Lea|Wynd|Brow';
const ADDRESS = new RegExp(
  String.raw`(?<![\p{L}\p{N}£$.,/])(?:(?:Flat|Apartment|Unit)\s+\d{1,4}[A-Za-z]?,?\s+)?\d{1,4}[A-Za-z]?,?\s+(?:(?:[A-Z][\p{L}'’-]*|St\.?)\s+){1,3}(?:${STREET_WORDS})\.?(?![\p{L}])`,
  'gu',
);
/** Courts and other public places that follow a number in citations ("[2023] 1 High Court"). */
const NOT_A_STREET = /\b(?:High|Supreme|Crown|County|Appeal|Magistrates'?|Family|Royal Courts)\s+Court\b/u;

export const detectAddresses: PiiDetector = (text) =>
  [...text.matchAll(ADDRESS)]
    .filter((m) => !NOT_A_STREET.test(m[0]))
    .map((m) => ({
      kind: 'address',
      start: m.index,
      end: m.index + m[0].replace(/\.$/, '').length,
      text: m[0].replace(/\.$/, ''),
      certainty: 'certain',
      suggestion: '[address]',
    }));
