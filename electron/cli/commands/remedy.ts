// `s117 remedy FILE|CASE [--json] [--as-at DATE]`: the remedy calculation, as JSON exactly as
// CASEFILE.md gives it, or as sentences.
import { parseArgs } from 'node:util';
import { describeRemedy, serializeRemedy } from '../../../shared/remedies';
import { remedyForFile, resolveAsAt } from '../../services/analysis-service';
import { caseFileFromArgument } from '../case-source';
import type { CliContext } from '../context';
import { CliFailure, UsageError } from '../io';
import { parseAsAt } from './check';

export async function remedyCommand(ctx: CliContext, args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: 'boolean' }, 'as-at': { type: 'string' } },
    allowPositionals: true,
  });
  if (positionals.length !== 1) throw new UsageError('remedy needs one case file or case');
  const asAt = parseAsAt(values['as-at']);
  const file = caseFileFromArgument(ctx, positionals[0]!);
  const result = remedyForFile(file, asAt);
  if (!result.ok) throw new CliFailure(result.message);
  if (values.json) return ctx.io.out(serializeRemedy(result.output));
  const words = describeRemedy(file, result.output, { asAt: resolveAsAt(file, asAt) });
  const section = (title: string, lines: string[]) =>
    lines.length ? [`${title}:`, ...lines.map((l) => `  - ${l}`)] : [];
  ctx.io.out(
    [
      ...section('Financial loss', words.financialLoss),
      ...section('Symbolic payments', words.payments),
      ...section('Who pays', words.byOrganisation),
      ...section('Who receives', words.byRecipient),
    ].join('\n') || 'No remedy payments.',
  );
}
