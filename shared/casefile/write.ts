// Writes a case file as JSON text: 2-space indentation, keys in schema order, absent fields
// left out, a trailing newline. The same CaseFile always gives the same bytes.
import type { CaseFile } from './schema';

export function writeCaseFileText(file: CaseFile): string {
  return `${JSON.stringify(file, (_key, value: unknown) => (value === null ? undefined : value), 2)}\n`;
}
