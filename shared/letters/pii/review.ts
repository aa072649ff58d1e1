// The review step's rules: an investigator's decisions (replace a detail everywhere it appears, or
// keep it with a reason) applied to the anonymised letter, and what is still unresolved. A detail
// is identified by its text, so one decision covers every place it appears and a re-export finds
// the same decisions again. Replacements go through the header fields too: the document's title
// metadata is the header's title.
import type { Letter } from '../model';
import { replaceSpans, type TextSpan } from '../inline-edit';
import { mapLetterText } from '../letter-text';
import { escapeRegExp } from '../name-patterns';
import { detectPii, type PiiDetection } from './index';
import { detailKey, type PiiDecision } from './decision';
import type { PiiContext, PiiKind } from './types';

export { piiDecisionSchema, detailKey, type PiiDecision } from './decision';

export type ReviewStatus = 'unresolved' | 'replaced' | 'kept';

/** One distinct detail of the letter, every place it appears, and what was decided. */
export interface ReviewItem {
  key: string;
  text: string;
  kind: PiiKind;
  certainty: 'certain' | 'possible';
  suggestion: string;
  occurrences: Array<{ where: string; excerpt: string }>;
  status: ReviewStatus;
  decision: PiiDecision | null;
}

export interface ReviewOutcome {
  /** The anonymised letter with the replacements made: what an export writes. */
  letter: Letter;
  items: ReviewItem[];
  /** The items an export waits for. */
  unresolved: ReviewItem[];
}

function pattern(text: string): RegExp {
  const body = detailKey(text)
    .split(' ')
    .map(escapeRegExp)
    .join(String.raw`\s+`);
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'gu');
}

/** Spans of `text` to replace, longest decisions first, never overlapping. */
function spansFor(text: string, rules: Array<{ regex: RegExp; replacement: string }>): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const { regex, replacement } of rules) {
    regex.lastIndex = 0;
    for (const m of text.matchAll(regex)) {
      const start = m.index;
      const end = start + m[0].length;
      if (spans.some((s) => start < s.end && end > s.start)) continue;
      spans.push({ start, end, text: replacement });
    }
  }
  return spans;
}

function replaceInString(text: string, rules: Array<{ regex: RegExp; replacement: string }>): string {
  return replaceSpans([{ text }], spansFor(text, rules))
    .map((r) => r.text)
    .join('');
}

/** The letter with every "replace" decision made, in the body and the header fields. */
export function applyPiiDecisions(letter: Letter, decisions: PiiDecision[]): Letter {
  const rules = decisions
    .filter((d): d is Extract<PiiDecision, { action: 'replace' }> => d.action === 'replace')
    .sort((a, b) => detailKey(b.text).length - detailKey(a.text).length)
    .map((d) => ({ regex: pattern(d.text), replacement: d.replacement }));
  if (rules.length === 0) return letter;
  const body = mapLetterText(letter, ({ runs }) =>
    replaceSpans(runs, spansFor(runs.map((r) => r.text).join(''), rules)),
  );
  const { header } = letter;
  return {
    ...body,
    header: {
      ...header,
      ...(header.title !== undefined ? { title: replaceInString(header.title, rules) } : {}),
      body: replaceInString(header.body, rules),
      category: replaceInString(header.category, rules),
      decision: replaceInString(header.decision, rules),
    },
  };
}

function group(detections: PiiDetection[], decisions: Map<string, PiiDecision>, after: Set<string>): ReviewItem[] {
  const items = new Map<string, ReviewItem>();
  for (const d of detections) {
    const key = detailKey(d.text);
    const item = items.get(key);
    if (item) {
      item.occurrences.push({ where: d.where, excerpt: d.excerpt });
      if (d.certainty === 'certain') item.certainty = 'certain';
      continue;
    }
    const decision = decisions.get(key) ?? null;
    // A replacement that did not take (or brought a detail back) leaves the item unresolved.
    const status: ReviewStatus =
      decision?.action === 'keep'
        ? 'kept'
        : decision?.action === 'replace' && !after.has(key)
          ? 'replaced'
          : 'unresolved';
    items.set(key, {
      key,
      text: d.text,
      kind: d.kind,
      certainty: d.certainty,
      suggestion: d.suggestion,
      occurrences: [{ where: d.where, excerpt: d.excerpt }],
      status,
      decision,
    });
  }
  return [...items.values()];
}

/**
 * The review of an anonymised letter: every detail found (with the decision taken on it), the
 * letter with the replacements made, and what remains unresolved: any detail still in that letter
 * that no "keep" covers.
 */
export function reviewAnonymisedLetter(
  anonymised: Letter,
  context: PiiContext,
  decisions: PiiDecision[],
): ReviewOutcome {
  const byKey = new Map(decisions.map((d) => [detailKey(d.text), d]));
  const before = detectPii(anonymised, context);
  const letter = applyPiiDecisions(anonymised, decisions);
  const remaining = detectPii(letter, context);
  const afterKeys = new Set(remaining.map((d) => detailKey(d.text)));
  const items = group(before, byKey, afterKeys);
  const seen = new Set(items.map((i) => i.key));
  // Details that only appear after replacing (a replacement that names someone) are listed too.
  items.push(
    ...group(
      remaining.filter((d) => !seen.has(detailKey(d.text))),
      byKey,
      afterKeys,
    ),
  );
  const unresolved = items.filter((i) => i.status === 'unresolved');
  return { letter, items, unresolved };
}

/** One line per unresolved detail: `NHS number "485 777 3456" in Background, paragraph 3: …excerpt…`. */
export function describeUnresolved(items: ReviewItem[], kindLabel: (k: PiiKind) => string): string[] {
  return items.map((i) => {
    const more = i.occurrences.length > 1 ? ` (and ${i.occurrences.length - 1} more)` : '';
    return `${kindLabel(i.kind)} "${i.text}" in ${i.occurrences[0]!.where}${more}: ${i.occurrences[0]!.excerpt}`;
  });
}
