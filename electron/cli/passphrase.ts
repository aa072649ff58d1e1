// The workspace passphrase for the command line and the harness: $S117_PASSPHRASE, else asked on
// the terminal without echo; where there is no terminal (scripts, CI) a missing passphrase is a
// one-line error that says what to set.
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { PASSPHRASE_ENV } from '../crypto/passphrase-key';
import { CliFailure } from './io';

export const MISSING_PASSPHRASE = `the workspace is encrypted: set ${PASSPHRASE_ENV} to its passphrase (or run s117 in a terminal to be asked for it)`;

/** Asks for the passphrase on the terminal, echoing nothing; null when stdin is not a terminal. */
export async function askPassphrase(
  prompt = 'Workspace passphrase: ',
  input: NodeJS.ReadStream = process.stdin,
  output: NodeJS.WriteStream = process.stderr,
): Promise<string | null> {
  if (!input.isTTY) return null;
  let muted = false;
  const silent = new Writable({
    write(chunk: Buffer, _enc, done) {
      if (!muted) output.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input, output: silent, terminal: true });
  try {
    return await new Promise<string>((resolve) => {
      rl.question(prompt, (answer) => resolve(answer));
      muted = true;
    });
  } finally {
    rl.close();
    output.write('\n');
  }
}

/** The passphrase from the environment, else from the terminal; throws the one-line error. */
export async function cliPassphrase(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const fromEnv = env[PASSPHRASE_ENV];
  if (fromEnv) return fromEnv;
  const asked = await askPassphrase();
  if (asked) return asked;
  throw new CliFailure(MISSING_PASSPHRASE);
}
