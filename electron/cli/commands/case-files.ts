// `s117 import FILE [--as-new]` (prints the new case's id) and `s117 export CASE --out FILE`.
// A case file or case archive (.s117case) whose case is already here (the same reference) is
// refused unless --as-new says to import it as a second case.
import { parseArgs } from 'node:util';
import type { CliContext } from '../context';
import { CliFailure, UsageError } from '../io';
import { CaseAlreadyImportedError } from '../../errors';
import { resolveCase } from '../resolve-case';

export async function importCommand(ctx: CliContext, args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: { 'as-new': { type: 'boolean' } },
    allowPositionals: true,
  });
  if (positionals.length !== 1) throw new UsageError('import needs one case file');
  const path = positionals[0]!;
  const asNew = values['as-new'] ?? false;
  try {
    const services = ctx.services();
    const result = path.endsWith('.s117case')
      ? await services.archives.importArchive(path, { asNew })
      : await services.caseFiles.importFromPath(path, { asNew });
    ctx.io.out(result.caseDetail.id);
  } catch (err) {
    if (err instanceof CaseAlreadyImportedError)
      throw new CliFailure(`${err.message} Use --as-new to import it as a second case.`);
    throw err;
  }
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
