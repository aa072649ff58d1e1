// `s117 letter FILE|CASE --template draft|final|council-response --format pdf|docx --out PATH
// [--anonymise] [--as-at DATE] [--date DATE] [--investigator NAME] [--allow-errors] [--review FILE]
// [--review-template FILE]`: a decision letter built from the case, its letter checks printed to
// stderr, written atomically. A letter with check errors is refused (exit 1); `--allow-errors`
// writes a draft anyway, never a final decision. An anonymised letter that still names someone,
// or has unresolved identifying details, is refused. The letter is the desktop app's: a stored
// case's through LetterService `compose` (the same template, input and checks as `create`, signed
// as the app signs), a case file's through the same composeLetter; a letter written from a stored
// case is recorded in its audit log through the same service.
import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isCalendarDate } from '../../../shared/dates/calendar-date';
import { hasErrors, type LetterCheck } from '../../../shared/letters/checks';
import { TEMPLATE_IDS, TEMPLATE_LABELS, type TemplateId } from '../../../shared/letters/templates';
import { composeLetter } from '../../letters/compose-letter';
import { sha256Bytes } from '../../evidence/hash';
import { caseFileFromArgument, storedCaseId } from '../case-source';
import type { CliContext } from '../context';
import { CliFailure, UsageError } from '../io';
import { REVIEW_OPTIONS, exportForCli, reviewPaths } from '../anonymised-export';
import { parseAsAt } from './check';

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

const describeCheck = (c: LetterCheck) => `${c.severity === 'error' ? 'error' : 'warning'} ${c.check}: ${c.message}`;

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
      'allow-errors': { type: 'boolean' },
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
  const allowErrors = values['allow-errors'] ?? false;
  const anonymise = values.anonymise ?? false;
  const paths = reviewPaths(values, anonymise);
  if (allowErrors && template === 'final')
    throw new UsageError('--allow-errors is for drafts only: a final decision with check errors is never written');

  // Who signs: --investigator, else for a stored case the investigator's name confirmed in the
  // app's settings (never the login name); blank otherwise, which a final decision's checks refuse.
  const options = { ...(asAt ? { asAt } : {}), ...(values.date ? { date: values.date } : {}) };
  const given = values.investigator?.trim() ?? '';
  const caseId = storedCaseId(ctx, positionals[0]!);
  const { letter, checks, parties } =
    caseId === null
      ? composeLetter(caseFileFromArgument(ctx, positionals[0]!), template, { ...options, investigator: given })
      : ctx.services().letters.compose(caseId, template, { ...options, ...(given ? { investigator: given } : {}) });
  for (const check of checks) ctx.io.err(describeCheck(check));
  if (hasErrors(checks) && !allowErrors) {
    const failing = [...new Set(checks.filter((c) => c.severity === 'error').map((c) => c.check))];
    throw new CliFailure(
      `refused to write ${out}: the ${TEMPLATE_LABELS[template].toLowerCase()} fails the letter check${failing.length === 1 ? '' : 's'} ${failing.join(', ')}${template === 'final' ? '' : ' (--allow-errors writes a draft anyway)'}`,
    );
  }
  const bytes = await exportForCli(ctx, letter, { format, anonymise, ...parties }, out, paths);
  if (caseId !== null)
    ctx
      .services()
      .letters.recordCliLetter(
        caseId,
        `Wrote the ${TEMPLATE_LABELS[template].toLowerCase()} (${anonymise ? 'anonymised' : 'named'} ${format.toUpperCase()}) with the s117 command to ${out} (sha256 ${sha256Bytes(bytes).slice(0, 12)}…)${hasErrors(checks) ? `, with ${checks.filter((c) => c.severity === 'error').length} letter check error(s) allowed` : ''}`,
      );
  ctx.io.out(`Wrote ${out}`);
}
