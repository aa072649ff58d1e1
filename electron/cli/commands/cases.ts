// `s117 cases list|show|create`.
import { parseArgs } from 'node:util';
import { caseDraftSchema } from '../../../shared/domain/case';
import { STAGE_LABELS, STAGES, type Stage } from '../../../shared/domain/vocabulary';
import { formatUkDate } from '../../../shared/dates/calendar-date';
import { describeIssues, toFieldIssues } from '../../../shared/validation/issues';
import { CliFailure, UsageError, printJson, textTable } from '../io';
import type { CliContext } from '../context';
import { resolveCase } from '../resolve-case';

export async function casesCommand(ctx: CliContext, args: string[]): Promise<void> {
  const [sub, ...rest] = args;
  if (sub === 'list') return list(ctx, rest);
  if (sub === 'show') return show(ctx, rest);
  if (sub === 'create') return create(ctx, rest);
  throw new UsageError(`unknown cases command ${sub ? `"${sub}"` : '(none)'}; use list, show or create`);
}

function parseStage(value: string | undefined): Stage | undefined {
  if (value === undefined) return undefined;
  if (!(STAGES as readonly string[]).includes(value))
    throw new UsageError(`--stage must be one of ${STAGES.join(', ')}`);
  return value as Stage;
}

function list(ctx: CliContext, args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      search: { type: 'string' },
      stage: { type: 'string' },
      'due-for-deletion': { type: 'boolean' },
      json: { type: 'boolean' },
    },
  });
  // --due-for-deletion: closed more than the retention period ago (the app's setting, 6 years by default).
  const rows = ctx.services().cases.list({
    search: values.search,
    stage: parseStage(values.stage),
    dueForDeletion: values['due-for-deletion'],
  });
  if (values.json) return printJson(ctx.io, rows);
  if (rows.length === 0) return ctx.io.out('No cases.');
  ctx.io.out(
    textTable(
      ['Reference', 'Title', 'Received', 'Stage', 'Id'],
      rows.map((r) => [r.reference ?? '—', r.title, formatUkDate(r.received), STAGE_LABELS[r.stage], r.id]),
    ),
  );
}

function show(ctx: CliContext, args: string[]) {
  const { values, positionals } = parseArgs({ args, options: { json: { type: 'boolean' } }, allowPositionals: true });
  if (positionals.length !== 1) throw new UsageError('give one case: its id or reference');
  const found = resolveCase(ctx, positionals[0]!);
  if (values.json) return printJson(ctx.io, found);
  const lines = [
    `${found.reference ?? '(no reference)'}  ${found.title}`,
    `Stage: ${STAGE_LABELS[found.stage]}   Received: ${formatUkDate(found.received)}   Id: ${found.id}`,
    'People:',
    ...found.people.map(
      (p) => `  ${p.id}  ${[p.title, p.name].filter(Boolean).join(' ')} (${p.role}${p.label ? `, “${p.label}”` : ''})`,
    ),
    'Organisations:',
    ...found.organisations.map((o) => `  ${o.id}  ${o.name} (${o.kind})`),
  ];
  ctx.io.out(lines.join('\n'));
}

function create(ctx: CliContext, args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      title: { type: 'string' },
      received: { type: 'string' },
      reference: { type: 'string' },
      stage: { type: 'string' },
      json: { type: 'boolean' },
    },
  });
  if (!values.title || !values.received) throw new UsageError('cases create needs --title and --received YYYY-MM-DD');
  const parsed = caseDraftSchema.safeParse({
    title: values.title,
    received: values.received,
    reference: values.reference,
    stage: parseStage(values.stage) ?? 'assessment',
    people: [],
    organisations: [],
  });
  if (!parsed.success) throw new CliFailure(describeIssues(toFieldIssues(parsed.error)).replace(/\n/g, '; '));
  const created = ctx.services().cases.create(parsed.data);
  if (values.json) return printJson(ctx.io, created);
  ctx.io.out(`Created case ${created.id}${created.reference ? ` (${created.reference})` : ''}: ${created.title}`);
}
