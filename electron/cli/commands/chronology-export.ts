// `s117 chronology FILE|CASE --format pdf|docx --out PATH [--anonymise] [--date DATE] [--review
// FILE] [--review-template FILE]`: the chronology as a table document, written atomically. For a
// stored case the anonymisation decisions saved in the workspace apply too, and the export is
// recorded in the case's history through the same service as the app's (a case file on disk is
// not the workspace's: nothing to record).
import { parseArgs } from 'node:util';
import { isCalendarDate } from '../../../shared/dates/calendar-date';
import { chronologyLetter } from '../../../shared/letters/chronology-table';
import { letterParties } from '../../../shared/letters/letter-parties';
import { caseSourceFromArgument } from '../case-source';
import type { CliContext } from '../context';
import { UsageError } from '../io';
import { REVIEW_OPTIONS, exportForCli, reviewPaths } from '../anonymised-export';
import { parseFormat, parseOut } from './letter';

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
  const anonymise = values.anonymise ?? false;
  const paths = reviewPaths(values, anonymise);
  const { file, caseId } = caseSourceFromArgument(ctx, positionals[0]!);
  const letter = chronologyLetter(file, {
    ...(values.date ? { date: values.date } : {}),
    ...(ctx.user ? { preparedBy: ctx.user } : {}),
  });
  // A stored case's chronology has its review saved in the workspace (the app's review step).
  const saved = caseId && anonymise ? ctx.services().chronologyExport.savedDecisions(caseId) : [];
  await exportForCli(ctx, letter, { format, anonymise, ...letterParties(file) }, out, paths, saved);
  if (caseId)
    ctx.services().chronologyExport.recordExport(caseId, { format, anonymise, path: out, via: 's117 chronology' });
  ctx.io.out(`Wrote ${out}`);
}
