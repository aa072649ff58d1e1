// Field errors for @mantine/form from a zod schema: the schema checks what the form's values
// become, and each message is keyed by the form's dotted path (`people.0.name`), the first
// issue on a field winning. Server errors go through the same path conversion.
import type { z } from 'zod';
import { toFieldIssues } from '../../shared/validation/issues';

/** The contract's path (`people[0].name`) as the form's (`people.0.name`). */
const formPath = (path: string) => path.replace(/\[(\d+)\]/g, '.$1');

/** Server field errors (fieldErrors' record) keyed by the form's paths; `rename` maps what differs. */
export function formErrors(
  byPath: Record<string, string>,
  rename: (path: string) => string = (p) => p,
): Record<string, string> {
  return Object.fromEntries(Object.entries(byPath).map(([path, message]) => [rename(formPath(path)), message]));
}

/** The schema's messages for `input`, keyed by form path; `reword` may say a message the form's way. */
export function zodFieldErrors(
  schema: z.ZodType,
  input: unknown,
  reword: (message: string) => string = (m) => m,
): Record<string, string> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return {};
  const out: Record<string, string> = {};
  for (const issue of toFieldIssues(parsed.error)) out[formPath(issue.path)] ??= reword(issue.message);
  return out;
}
