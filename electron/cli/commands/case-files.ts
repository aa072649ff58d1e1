// `s117 import FILE` (prints the new case's id) and `s117 export CASE --out FILE`.
import { parseArgs } from 'node:util';
import type { CliContext } from '../context';
import { UsageError } from '../io';
import { resolveCase } from '../resolve-case';

export async function importCommand(ctx: CliContext, args: string[]): Promise<void> {
  const { positionals } = parseArgs({ args, options: {}, allowPositionals: true });
  if (positionals.length !== 1) throw new UsageError('import needs one case file');
  const result = await ctx.services().caseFiles.importFromPath(positionals[0]!);
  ctx.io.out(result.caseDetail.id);
}

export async function exportCommand(ctx: CliContext, args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, options: { out: { type: 'string' } }, allowPositionals: true });
  if (positionals.length !== 1 || !values.out) throw new UsageError('export needs a case and --out FILE');
  const found = resolveCase(ctx, positionals[0]!);
  const result = ctx.services().caseFiles.exportToPath(found.id, values.out);
  ctx.io.out(
    `Exported ${found.reference ?? found.id} to ${result.path}${result.evidenceFiles ? ` with ${result.evidenceFiles} evidence file(s) in evidence/` : ''}`,
  );
}
