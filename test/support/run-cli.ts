// Runs the s117 command in this process against a test workspace, with the test passphrase and
// no terminal to ask on, collecting what it prints (each line ending in a newline).
import { runCli } from '../../electron/cli/main';
import { testPassphrase } from './test-keys';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function runCliIn(dataDir: string, args: string[]): Promise<CliRun> {
  let out = '';
  let err = '';
  const line = (t: string) => (t.endsWith('\n') ? t : `${t}\n`);
  const code = await runCli(
    ['--data-dir', dataDir, ...args],
    { out: (t) => (out += line(t)), err: (t) => (err += line(t)) },
    { env: { S117_PASSPHRASE: testPassphrase() }, ask: async () => null },
  );
  return { code, out, err };
}
