// The CLI's anonymisation review file (`--review FILE`, `--review-template FILE`): the
// investigator's decisions on identifying details as JSON, read with errors that name the file
// and the JSON path, and a template listing every detail still to decide, with its context, for
// the investigator to fill in. The format is documented in README.md.
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { PII_KINDS, PII_KIND_LABELS } from '../../shared/letters/pii';
import { piiDecisionSchema, type PiiDecision, type ReviewItem } from '../../shared/letters/pii/review';
import { describeIssues, toFieldIssues } from '../../shared/validation/issues';
import { writeFileAtomically } from '../files/write-atomically';
import { CliFailure, type CliIO } from './io';

export const REVIEW_FORMAT = 's117-anonymise-review';

/** One entry: a decision, or (action null) a detail still to decide, as the template writes it. */
const entrySchema = z.looseObject({
  text: z.string().trim().min(1, { message: 'the detail’s text is required' }),
  kind: z.enum(PII_KINDS).optional(),
  action: z.enum(['replace', 'keep']).nullable(),
  replacement: z.string().optional(),
  reason: z.string().optional(),
});

const reviewFileSchema = z.strictObject({
  format: z.literal(REVIEW_FORMAT, { message: `must be "${REVIEW_FORMAT}"` }),
  version: z.literal(1, { message: 'must be 1' }),
  decisions: z.array(entrySchema),
});

/** The decisions in FILE; entries whose action is still null are details not yet decided. */
export function readReviewFile(path: string): PiiDecision[] {
  if (!existsSync(path)) throw new CliFailure(`--review ${path}: no such file`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new CliFailure(`--review ${path}: not JSON (${(err as Error).message})`);
  }
  const file = reviewFileSchema.safeParse(json);
  if (!file.success) throw new CliFailure(`--review ${path}: ${describeIssues(toFieldIssues(file.error))}`);
  const decisions: PiiDecision[] = [];
  file.data.decisions.forEach((entry, i) => {
    if (entry.action === null) return;
    const { text, kind, action, replacement, reason } = entry;
    const parsed = piiDecisionSchema.safeParse(
      action === 'replace'
        ? { text, kind, action, replacement: replacement ?? '' }
        : { text, kind, action, reason: reason ?? '' },
    );
    if (!parsed.success)
      throw new CliFailure(
        `--review ${path}: ${describeIssues(toFieldIssues(parsed.error).map((issue) => ({ ...issue, path: `decisions[${i}].${issue.path}` })))}`,
      );
    decisions.push(parsed.data);
  });
  return decisions;
}

/** Writes a review file with the decisions already made and every unresolved detail, undecided. */
export function writeReviewTemplate(path: string, decided: PiiDecision[], unresolved: ReviewItem[]): void {
  const pending = unresolved.map((item) => ({
    text: item.text,
    kind: item.kind,
    action: null,
    replacement: item.suggestion,
    reason: '',
    found: `${PII_KIND_LABELS[item.kind]}${item.certainty === 'possible' ? ' (possible)' : ''}`,
    context: item.occurrences.map((o) => `${o.where}: ${o.excerpt}`),
  }));
  const file = { format: REVIEW_FORMAT, version: 1, decisions: [...decided, ...pending] };
  writeFileAtomically(path, `${JSON.stringify(file, null, 2)}\n`);
}

/** Prints each unresolved detail with its context, one line each, to stderr. */
export function printUnresolved(io: CliIO, unresolved: ReviewItem[]): void {
  for (const item of unresolved)
    for (const [i, o] of item.occurrences.entries())
      io.err(
        `  ${i === 0 ? `${PII_KIND_LABELS[item.kind]}${item.certainty === 'possible' ? ' (possible)' : ''} "${item.text}"` : '    also'} in ${o.where}: ${o.excerpt}`,
      );
}
