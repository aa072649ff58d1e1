// `s117 letter FILE|CASE --template draft|final|council-response --format pdf|docx --out PATH
// [--anonymise] [--as-at DATE] [--date DATE] [--investigator NAME] [--review FILE]
// [--review-template FILE]`: a decision letter built from the case, written atomically; an
// anonymised letter that still names someone, or has unresolved identifying details, is refused.
import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isCalendarDate } from '../../../shared/dates/calendar-date';
import { TEMPLATE_IDS, buildLetter, type TemplateId } from '../../../shared/letters/templates';
import { letterInputForFile } from '../../letters/letter-input';
import { letterParties } from '../../letters/letter-parties';
import { defaultUserName } from '../../services';
import { caseFileFromArgument } from '../case-source';
import type { CliContext } from '../context';
import { UsageError } from '../io';
import { REVIEW_OPTIONS, exportForCli, reviewPaths } from '../anonymised-export';
import { parseAsAt } from './check';

export const LETTER_USAGE =
  's117 letter FILE|CASE --template draft|final|council-response --format pdf|docx --out PATH [--anonymise] [--as-at YYYY-MM-DD] [--date YYYY-MM-DD] [--investigator NAME] [--review FILE] [--review-template FILE]';

export function parseFormat(value: string | undefined): 'pdf' | 'docx' {
  if (value !== 'pdf' && value !== 'docx') throw new UsageError('--format must be pdf or docx');
  return value;
}

export function parseOut(value: string | undefined): string {
  if (!value) throw new UsageError('--out PATH is required');
  if (existsSync(value) && statSync(value).isDirectory())
    throw new UsageError(`--out ${value} is a folder, not a file`);
  return value;
}

/** The signatory: --investigator, else --user, else settings for a stored case, else the login name. */
function signatory(ctx: CliContext, arg: string, given: string | undefined): string {
  if (given?.trim()) return given.trim();
  if (ctx.user) return ctx.user;
  const isFile = existsSync(arg) && statSync(arg).isFile();
  return isFile ? defaultUserName() : ctx.services().settings.get().investigatorName;
}

export async function letterCommand(ctx: CliContext, args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      template: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      anonymise: { type: 'boolean' },
      'as-at': { type: 'string' },
      date: { type: 'string' },
      investigator: { type: 'string' },
      ...REVIEW_OPTIONS,
    },
    allowPositionals: true,
  });
  if (positionals.length !== 1) throw new UsageError('letter needs one case file or case');
  const template = values.template as TemplateId | undefined;
  if (!template || !TEMPLATE_IDS.includes(template))
    throw new UsageError(`--template must be one of ${TEMPLATE_IDS.join(', ')}`);
  const format = parseFormat(values.format);
  const out = parseOut(values.out);
  const asAt = parseAsAt(values['as-at']);
  if (values.date !== undefined && !isCalendarDate(values.date))
    throw new UsageError('--date must be a date, YYYY-MM-DD');

  const arg = positionals[0]!;
  const file = caseFileFromArgument(ctx, arg);
  const input = letterInputForFile(file, {
    ...(asAt ? { asAt } : {}),
    ...(values.date ? { date: values.date } : {}),
    investigator: signatory(ctx, arg, values.investigator),
  });
  const letter = buildLetter(template, input);
  const anonymise = values.anonymise ?? false;
  await exportForCli(ctx, letter, { format, anonymise, ...letterParties(file) }, out, reviewPaths(values, anonymise));
  ctx.io.out(`Wrote ${out}`);
}
