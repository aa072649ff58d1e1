// `s117 chronology FILE|CASE --format pdf|docx --out PATH [--anonymise] [--date DATE] [--review
// FILE] [--review-template FILE]`: the chronology as a table document, written atomically.
import { parseArgs } from 'node:util';
import { isCalendarDate } from '../../../shared/dates/calendar-date';
import { chronologyLetter } from '../../../shared/letters/chronology-table';
import { letterParties } from '../../letters/letter-parties';
import { caseFileFromArgument } from '../case-source';
import type { CliContext } from '../context';
import { UsageError } from '../io';
import { REVIEW_OPTIONS, exportForCli, reviewPaths } from '../anonymised-export';
import { parseFormat, parseOut } from './letter';

export const CHRONOLOGY_USAGE =
  's117 chronology FILE|CASE --format pdf|docx --out PATH [--anonymise] [--date YYYY-MM-DD] [--review FILE] [--review-template FILE]';

export async function chronologyCommand(ctx: CliContext, args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      format: { type: 'string' },
      out: { type: 'string' },
      anonymise: { type: 'boolean' },
      date: { type: 'string' },
      ...REVIEW_OPTIONS,
    },
    allowPositionals: true,
  });
  if (positionals.length !== 1) throw new UsageError('chronology needs one case file or case');
  const format = parseFormat(values.format);
  const out = parseOut(values.out);
  if (values.date !== undefined && !isCalendarDate(values.date))
    throw new UsageError('--date must be a date, YYYY-MM-DD');
  const file = caseFileFromArgument(ctx, positionals[0]!);
  const letter = chronologyLetter(file, {
    ...(values.date ? { date: values.date } : {}),
    ...(ctx.user ? { preparedBy: ctx.user } : {}),
  });
  const anonymise = values.anonymise ?? false;
  await exportForCli(ctx, letter, { format, anonymise, ...letterParties(file) }, out, reviewPaths(values, anonymise));
  ctx.io.out(`Wrote ${out}`);
}
