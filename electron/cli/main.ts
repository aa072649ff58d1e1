// The `s117` command: the workbench's services from a terminal. Global options --data-dir
// (else $S117_DATA_DIR, else the desktop app's folder) and --user; one command per word.
// Each command module (and the services it opens) is imported only when that command runs, so
// `s117 --help` and a usage error load none of them.
import { AppError } from '../errors';
import type { CliContext } from './context';
import { CliFailure, UsageError, processIO, type CliIO } from './io';
import { USAGE } from './usage';
import { askPassphrase } from './passphrase';
import { PASSPHRASE_ENV } from '../crypto/passphrase-key';

type Command = (ctx: CliContext, args: string[]) => Promise<void>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  cases: async () => (await import('./commands/cases')).casesCommand,
  check: async () => (await import('./commands/check')).checkCommand,
  remedy: async () => (await import('./commands/remedy')).remedyCommand,
  import: async () => (await import('./commands/case-files')).importCommand,
  export: async () => (await import('./commands/case-files')).exportCommand,
  letter: async () => (await import('./commands/letter')).letterCommand,
  chronology: async () => (await import('./commands/chronology-export')).chronologyCommand,
  evidence: async () => (await import('./commands/evidence')).evidenceCommand,
  search: async () => (await import('./commands/evidence')).searchCommand,
};

/** Splits off the global options, which may stand anywhere. */
function takeGlobals(argv: string[]): { dataDir?: string; user?: string; help: boolean; rest: string[] } {
  const rest: string[] = [];
  let dataDir: string | undefined;
  let user: string | undefined;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.startsWith('--')
      ? (arg.split(/=(.*)/s, 2) as [string, string | undefined])
      : [arg, undefined];
    if (name === '--data-dir' || name === '--user') {
      const value = inline ?? argv[++i];
      if (!value) throw new UsageError(`${name} needs a value`);
      if (name === '--data-dir') dataDir = value;
      else user = value;
    } else if (arg === '--help' || arg === '-h') help = true;
    else rest.push(arg);
  }
  return { dataDir, user, help, rest };
}

/** Commands given a case file rather than a stored case never open the workspace. */
function mayOpenWorkspace(name: string, args: string[]): boolean {
  if (!['check', 'remedy', 'letter', 'chronology'].includes(name)) return true;
  const first = args.find((a) => !a.startsWith('-'));
  return !first || !(first.endsWith('.json') || first.includes('/') || first.includes('\\'));
}

export interface CliOptions {
  env?: NodeJS.ProcessEnv;
  /** Asks for the passphrase when it is not in the environment (default: the terminal, if any). */
  ask?: () => Promise<string | null>;
}

export async function runCli(argv: string[], io: CliIO = processIO, options: CliOptions = {}): Promise<number> {
  let ctx: CliContext | undefined;
  try {
    const globals = takeGlobals(argv);
    const [name, ...args] = globals.rest;
    if (globals.help || !name) {
      io.out(USAGE);
      return globals.help ? 0 : 2;
    }
    const loadCommand = COMMANDS[name];
    if (!loadCommand) throw new UsageError(`unknown command "${name}"`);
    const env = options.env ?? process.env;
    const passphrase =
      env[PASSPHRASE_ENV] || (mayOpenWorkspace(name, args) ? await (options.ask ?? askPassphrase)() : null);
    const [command, { createCliContext }] = await Promise.all([loadCommand(), import('./context')]);
    ctx = createCliContext(io, { ...globals, passphrase });
    await command(ctx, args);
    return 0;
  } catch (err) {
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`s117: ${(err as Error).message.split('\n')[0]} (see s117 --help)`);
      return 2;
    }
    if (err instanceof CliFailure || err instanceof AppError) {
      io.err(`s117: ${err.message.replace(/\s*\n\s*/g, '; ')}`);
      return 1;
    }
    io.err(`s117: unexpected error: ${(err as Error)?.message ?? String(err)}`.split('\n')[0]!);
    return 1;
  } finally {
    ctx?.close();
  }
}
