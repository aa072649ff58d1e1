// `s117 evidence add CASE FILE…` (each file's outcome on its own line), `s117 evidence list CASE
// [--json]` and `s117 search QUERY [--case CASE] [--json]`.
import { parseArgs } from 'node:util';
import type { CliContext } from '../context';
import { CliFailure, UsageError, printJson, textTable } from '../io';
import { resolveCase } from '../resolve-case';

export async function evidenceCommand(ctx: CliContext, args: string[]): Promise<void> {
  const [sub, ...rest] = args;
  if (sub === 'add') return add(ctx, rest);
  if (sub === 'list') return list(ctx, rest);
  throw new UsageError(`unknown evidence command ${sub ? `"${sub}"` : '(none)'}; use add or list`);
}

async function add(ctx: CliContext, args: string[]) {
  const { positionals } = parseArgs({ args, options: {}, allowPositionals: true });
  const [caseKey, ...files] = positionals;
  if (!caseKey || files.length === 0) throw new UsageError('evidence add needs a case and at least one file');
  const found = resolveCase(ctx, caseKey);
  const result = await ctx
    .services()
    .evidence.importFiles({ caseId: found.id, files, onFileDone: (o) => ctx.io.out(o.message) });
  ctx.io.out(`${result.imported} imported, ${result.duplicates} already there, ${result.failed} failed.`);
  if (result.failed > 0)
    throw new CliFailure(`${result.failed} of ${files.length} files could not be imported (see above)`);
}

function list(ctx: CliContext, args: string[]) {
  const { values, positionals } = parseArgs({ args, options: { json: { type: 'boolean' } }, allowPositionals: true });
  if (positionals.length !== 1) throw new UsageError('evidence list needs one case');
  const found = resolveCase(ctx, positionals[0]!);
  const items = ctx.services().evidence.list(found.id);
  if (values.json) return printJson(ctx.io, items);
  if (items.length === 0) return ctx.io.out('No evidence in this case.');
  ctx.io.out(
    textTable(
      ['Id', 'Title', 'Type', 'Pages', 'Text', 'SHA-256'],
      items.map((e) => [
        e.parentId ? `  ${e.id}` : e.id,
        e.title,
        e.type,
        String(e.pageCount),
        e.textMethod,
        e.sha256.slice(0, 12),
      ]),
    ),
  );
}

export async function searchCommand(ctx: CliContext, args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: { case: { type: 'string' }, json: { type: 'boolean' }, limit: { type: 'string' } },
    allowPositionals: true,
  });
  if (positionals.length === 0) throw new UsageError('search needs a query');
  const caseId = values.case ? resolveCase(ctx, values.case).id : null;
  const limit = values.limit ? Number(values.limit) : undefined;
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1))
    throw new UsageError('--limit must be a whole number');
  const result = ctx.services().evidence.search({ query: positionals.join(' '), caseId, limit });
  if (values.json)
    return printJson(
      ctx.io,
      result.hits.map((h) => ({
        caseId: h.caseId,
        evidenceId: h.evidenceId,
        title: h.title,
        page: h.page,
        snippet: h.snippet.map((p) => (p.highlight ? `[${p.text}]` : p.text)).join(''),
        score: h.score,
      })),
    );
  if (result.hits.length === 0) return ctx.io.out('No matches.');
  for (const h of result.hits)
    ctx.io.out(
      `${h.evidenceId}  ${h.title}${h.page ? `, p. ${h.page}` : ' (details)'}${caseId ? '' : `  [${h.caseTitle}]`}\n    ${h.snippet.map((p) => (p.highlight ? `[${p.text}]` : p.text)).join('')}`,
    );
}
