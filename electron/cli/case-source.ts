// A CLI argument that names a case either way: a `.s117.json` file on disk, or a stored case
// (id or reference). Either gives a CaseFile.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { readCaseFileText } from '../../shared/casefile/read';
import type { CaseFile } from '../../shared/casefile/schema';
import { describeIssues } from '../../shared/validation/issues';
import type { CliContext } from './context';
import { CliFailure } from './io';
import { resolveCase } from './resolve-case';

export function loadCaseFileFromPath(path: string): CaseFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new CliFailure(
      `${path}: cannot read the file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
    );
  }
  const result = readCaseFileText(text);
  if (!result.ok) throw new CliFailure(`${path}: ${describeIssues(result.issues).split('\n').join('; ')}`);
  return result.file;
}

const isFileArgument = (arg: string) =>
  arg.endsWith('.json') || arg.includes('/') || arg.includes('\\') || (existsSync(arg) && statSync(arg).isFile());

/** The stored case's id when the argument names one rather than a file. */
export function storedCaseId(ctx: CliContext, arg: string): string | null {
  return isFileArgument(arg) ? null : resolveCase(ctx, arg).id;
}

export function caseFileFromArgument(ctx: CliContext, arg: string): CaseFile {
  return caseSourceFromArgument(ctx, arg).file;
}

/** The case file, and the stored case's id when the argument named one (null for a file on disk). */
export function caseSourceFromArgument(ctx: CliContext, arg: string): { file: CaseFile; caseId: string | null } {
  if (isFileArgument(arg)) {
    if (!existsSync(arg)) throw new CliFailure(`${arg}: no such file`);
    return { file: loadCaseFileFromPath(arg), caseId: null };
  }
  const found = resolveCase(ctx, arg);
  return { file: ctx.services().caseFiles.read(found.id), caseId: found.id };
}
