// Finds the case a CLI argument names, by id or by reference; a clear failure when none does.
import type { CaseDetail } from '../../shared/domain/case';
import type { CliContext } from './context';
import { CliFailure } from './io';

export function resolveCase(ctx: CliContext, key: string): CaseDetail {
  const found = ctx.services().cases.findByIdOrReference(key);
  if (!found) throw new CliFailure(`no case with the id or reference "${key}"`);
  return found;
}
