// `s117 check FILE|CASE [--json] [--as-at DATE]`: the S117 duty check, as JSON exactly as
// CASEFILE.md gives it, or as a readable report.
import { parseArgs } from 'node:util';
import { isCalendarDate } from '../../../shared/dates/calendar-date';
import { formatCheckReport } from '../../../shared/s117/format-check-report';
import { serializeCheck } from '../../../shared/s117/serialize-check';
import { checkFile } from '../../services/analysis-service';
import { caseFileFromArgument } from '../case-source';
import type { CliContext } from '../context';
import { UsageError } from '../io';

export function parseAsAt(value: string | undefined): string | undefined {
  if (value !== undefined && !isCalendarDate(value)) throw new UsageError('--as-at must be a date, YYYY-MM-DD');
  return value;
}

export async function checkCommand(ctx: CliContext, args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: 'boolean' }, 'as-at': { type: 'string' } },
    allowPositionals: true,
  });
  if (positionals.length !== 1) throw new UsageError('check needs one case file or case');
  const asAt = parseAsAt(values['as-at']);
  const file = caseFileFromArgument(ctx, positionals[0]!);
  const check = checkFile(file, asAt);
  ctx.io.out(values.json ? serializeCheck(check) : formatCheckReport(check, file));
}
