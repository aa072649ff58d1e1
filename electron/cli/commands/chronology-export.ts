// `s117 chronology FILE|CASE --format pdf|docx --out PATH [--anonymise] [--date DATE]`: the
// chronology as a table document, written atomically. Exporting a stored case is audited as the
// app's export is (a case file on disk is not the workspace's: nothing to audit).
import { parseArgs } from 'node:util';
import { isCalendarDate } from '../../../shared/dates/calendar-date';
import { chronologyLetter } from '../../../shared/letters/chronology-table';
import { AppError } from '../../errors';
import { exportLetter } from '../../letters/export-letter';
import { letterParties } from '../../letters/letter-parties';
import { writeFileAtomically } from '../../files/write-atomically';
import { caseFromArgument } from '../case-source';
import { appendAudit } from '../../store/audit';
import type { CliContext } from '../context';
import { CliFailure, UsageError } from '../io';
import { parseFormat, parseOut } from './letter';

export const CHRONOLOGY_USAGE =
  's117 chronology FILE|CASE --format pdf|docx --out PATH [--anonymise] [--date YYYY-MM-DD]';

export async function chronologyCommand(ctx: CliContext, args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      format: { type: 'string' },
      out: { type: 'string' },
      anonymise: { type: 'boolean' },
      date: { type: 'string' },
    },
    allowPositionals: true,
  });
  if (positionals.length !== 1) throw new UsageError('chronology needs one case file or case');
  const format = parseFormat(values.format);
  const out = parseOut(values.out);
  if (values.date !== undefined && !isCalendarDate(values.date))
    throw new UsageError('--date must be a date, YYYY-MM-DD');
  const { file, storedCaseId } = caseFromArgument(ctx, positionals[0]!);
  const letter = chronologyLetter(file, {
    ...(values.date ? { date: values.date } : {}),
    ...(ctx.user ? { preparedBy: ctx.user } : {}),
  });
  try {
    const { bytes } = await exportLetter(letter, {
      format,
      anonymise: values.anonymise ?? false,
      ...letterParties(file),
    });
    writeFileAtomically(out, bytes);
  } catch (err) {
    if (err instanceof AppError && err.code === 'anonymisation_failed')
      throw new CliFailure(`refused to write ${out}: ${err.message.split('\n').slice(0, 4).join('; ')}`);
    throw err;
  }
  if (storedCaseId) {
    const services = ctx.services();
    appendAudit(services.db, {
      actor: ctx.user ?? services.settings.get().investigatorName,
      caseId: storedCaseId,
      action: 'export',
      entity: 'chronology',
      entityId: null,
      summary: `Exported the chronology (${file.events.length} events) as ${format.toUpperCase()}${values.anonymise ? ', anonymised,' : ''} to ${out} (s117 chronology)`,
    });
  }
  ctx.io.out(`Wrote ${out}`);
}
