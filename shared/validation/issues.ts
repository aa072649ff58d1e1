// Turns zod issues into the messages a caseworker (or a script) reads: `events[3].date: not a date`.
import type { z } from 'zod';

export interface FieldIssue {
  /** JSON path of the field, e.g. `events[3].date`; empty for the whole value. */
  path: string;
  message: string;
}

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_value' && issue.values.length > 1)
    return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'is required';
  // zod's own wording ("Too big: expected string to have <=5000 characters") says what to do instead.
  const custom = !/^Too (big|small)/.test(issue.message);
  if (issue.code === 'too_big' && !custom) {
    const max = Number(issue.maximum).toLocaleString('en-GB');
    return issue.origin === 'string' ? `is too long: keep it to ${max} characters` : `must be at most ${max}`;
  }
  if (issue.code === 'too_small' && !custom) {
    const min = Number(issue.minimum).toLocaleString('en-GB');
    if (issue.origin === 'string')
      return Number(issue.minimum) <= 1 ? 'must not be empty' : `must be at least ${min} characters`;
    return `must be at least ${min}`;
  }
  return issue.message;
}

export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: formatPath([...issue.path, key]), message: 'unknown field' }))
      : [{ path: formatPath(issue.path), message: issueMessage(issue) }],
  );
}

/** One line per issue: `path: message` (or the message alone at the root). */
export function describeIssues(issues: readonly FieldIssue[]): string {
  return issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('\n');
}
