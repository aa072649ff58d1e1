// A CLI argument that names a case either way: a `.s117.json` file on disk, or a stored case
// (id or reference). Either gives a CaseFile.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { readCaseFileText } from '../../shared/casefile/read';
import type { CaseFile } from '../../shared/casefile/schema';
import { describeIssues } from '../../shared/validation/issues';
import { readCaseFile } from '../store/case-file-repo';
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

export function caseFileFromArgument(ctx: CliContext, arg: string): CaseFile {
  return caseFromArgument(ctx, arg).file;
}

/** The same, saying which stored case it is (null for a file on disk): what an export audits. */
export function caseFromArgument(ctx: CliContext, arg: string): { file: CaseFile; storedCaseId: string | null } {
  const looksLikeFile = arg.endsWith('.json') || arg.includes('/') || arg.includes('\\');
  if (looksLikeFile || (existsSync(arg) && statSync(arg).isFile())) {
    if (!existsSync(arg)) throw new CliFailure(`${arg}: no such file`);
    return { file: loadCaseFileFromPath(arg), storedCaseId: null };
  }
  const found = resolveCase(ctx, arg);
  return { file: readCaseFile(ctx.services().db, found.id), storedCaseId: found.id };
}
