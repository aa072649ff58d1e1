// The CLI's contact with the terminal: output, one-line errors, and exit codes
// (0 ok, 1 failure, 2 bad usage).
export class UsageError extends Error {}
export class CliFailure extends Error {}

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
}

export const processIO: CliIO = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

export const printJson = (io: CliIO, value: unknown) => io.out(`${JSON.stringify(value, null, 2)}\n`);

/** A table of plain text columns, padded, for terminal output. */
export function textTable(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
