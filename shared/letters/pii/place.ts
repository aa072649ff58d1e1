// Hospitals, wards, care homes and placements by name: capitalised words ending in a place word
// ("Harbourside House", "St Luke's Hospital", "Riverside Court", "Oak Ward"), a ward by number or
// letter ("Ward 7"), and "The Laurels"-style home names. Public courts and Houses of Parliament
// are not places that identify anyone; the case's own organisations are kept by the index.
import type { PiiDetector, PiiMatch } from './types';

const PLACE_WORDS =
  'Hospital|Infirmary|House|Lodge|Court|Hall|Manor|Grange|Care Home|Nursing Home|Residential Home|Home|Ward|Unit|Centre|Center|Clinic|Surgery|Hostel|Villas?|Cottages?|Gardens|Mews|Priory|Retreat|Mill|Farm|Place|View';
const WORD = String.raw`(?:[A-Z][\p{L}'’-]*|St\.?|of|the|on|upon)`;
const NAMED_PLACE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:[A-Z][\p{L}'’-]*|St\.?)(?:\s+${WORD}){0,4}?\s+(${PLACE_WORDS})(?![\p{L}])`,
  'gu',
);
const WARD = /(?<![\p{L}])Ward\s+(?:\d{1,3}[A-Z]?|[A-Z]\d?)(?![\p{L}\p{N}])/gu;
const THE_HOME = /(?<=\b(?:at|to|from|in|into|left|leaving|of)\s+)The\s+[A-Z][a-z]+s(?![\p{L}])/gu;
/** A name after a placement verb: "the placement at Oakridge", "moved to Brook View". */
const PLACED_AT =
  /(?<=\b(?:placement at|placed at|placed in|moved to|moved into|admitted to|discharged to|transferred to|lived at|living at|stayed at|staying at|resident at|residing at)\s+)[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){0,2}(?![\p{L}])/gu;
/** A locality written after the place ("Priory Hospital Roehampton"). */
const LOCALITY = /^(?:\s+[A-Z][\p{L}'’-]+){1,2}(?![\p{L}])/u;

/** Leading words that start sentences or phrases, not names of places. */
const LEADING = new Set(
  'The A An At In On From To Into When After Before During While His Her Their Our My This That Mr Mrs Ms Miss Mx Dr He She They It I We Both Each Since Until Following Then And But So'.split(
    ' ',
  ),
);
/** Public places: "High Court", "House of Commons", "Court of Protection", "Town Hall". */
const PUBLIC =
  /^(?:(?:High|Supreme|Crown|County|Family|Magistrates'?|Coroner's)\s+Court|Town Hall|City Hall|County Hall|Care Home|Nursing Home|Home)$/u;

function suggestionFor(placeWord: string): string {
  if (/Hospital|Infirmary/.test(placeWord)) return 'a hospital';
  if (placeWord === 'Ward') return 'a ward';
  if (placeWord === 'Unit') return 'a unit';
  if (/Centre|Center|Clinic/.test(placeWord)) return 'a clinic';
  if (placeWord === 'Hostel') return 'a hostel';
  return 'a care home';
}

export const detectPlaces: PiiDetector = (text) => {
  const found: PiiMatch[] = [];
  for (const m of text.matchAll(NAMED_PLACE)) {
    let start = m.index;
    let name = m[0];
    // Drop sentence-start words ("The", "At"…) from the front.
    for (;;) {
      const first = /^(\S+)\s+/u.exec(name);
      if (!first || !LEADING.has(first[1]!)) break;
      start += first[0].length;
      name = name.slice(first[0].length);
    }
    // "Dr Siddiqui of Parkside Surgery": the place is what follows the last "of"; what comes
    // before it is a place too when it ends in a place word ("Willow Ward of … Hospital").
    const of = name.lastIndexOf(' of ');
    if (of >= 0) {
      const before = new RegExp(`(?:^|\\s)((?:[A-Z][\\p{L}'’-]*\\s+){0,3}(${PLACE_WORDS}))$`, 'u').exec(
        name.slice(0, of),
      );
      if (before && !LEADING.has(before[1]!.split(/\s/)[0]!) && before[1] !== before[2])
        found.push({
          kind: 'place',
          start: start + before.index + before[0].length - before[1]!.length,
          end: start + of,
          text: before[1]!,
          certainty: 'certain',
          suggestion: suggestionFor(before[2]!),
        });
      const skip = of + 4 + (/^the\s+/u.exec(name.slice(of + 4))?.[0].length ?? 0);
      start += skip;
      name = name.slice(skip);
    }
    if (name === m[1] || PUBLIC.test(name)) continue;
    // "House of Commons", "Court of Appeal": an institution, not a place word ending a name.
    if (/^(?:House|Court|Hall)$/u.test(m[1]!) && /^\s+of\s/u.test(text.slice(start + name.length))) continue;
    const locality = LOCALITY.exec(text.slice(start + name.length))?.[0] ?? '';
    if (
      locality &&
      !locality
        .trim()
        .split(/\s+/)
        .some((w) => LEADING.has(w))
    )
      name += locality;
    found.push({
      kind: 'place',
      start,
      end: start + name.length,
      text: name,
      certainty: 'certain',
      // "Harbourside House, a care home,": the description follows, so the name alone goes.
      suggestion: /^,\s+an?\s/u.test(text.slice(start + name.length)) ? 'the placement' : suggestionFor(m[1]!),
    });
  }
  for (const m of text.matchAll(WARD))
    found.push({
      kind: 'place',
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      certainty: 'certain',
      suggestion: 'a ward',
    });
  for (const m of text.matchAll(PLACED_AT)) {
    if (
      /\b(?:Council|Trust|Board|Hospital|NHS|ICB|CCG|England|Wales)\b/u.test(m[0]) ||
      LEADING.has(m[0].split(/\s/)[0]!)
    )
      continue;
    found.push({
      kind: 'place',
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      certainty: 'possible',
      suggestion: 'the placement',
    });
  }
  for (const m of text.matchAll(THE_HOME))
    found.push({
      kind: 'place',
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      certainty: 'possible',
      suggestion: 'a care home',
    });
  return found;
};
