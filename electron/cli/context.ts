// What every CLI command gets: parsed global options and the workspace's services (opened on
// first use, closed when the command ends).
import { createServices, type Services } from '../services';
import { defaultDataDir } from '../data-dir';
import { passphraseKeyProvider } from '../crypto/passphrase-key';
import { CliFailure, type CliIO } from './io';
import { MISSING_PASSPHRASE } from './passphrase';

export interface CliContext {
  io: CliIO;
  dataDir: string;
  user?: string;
  services(): Services;
  close(): void;
}

export function createCliContext(
  io: CliIO,
  options: { dataDir?: string; user?: string; passphrase?: string | null },
): CliContext {
  const dataDir = options.dataDir ?? defaultDataDir();
  let services: Services | undefined;
  const open = () => {
    if (!options.passphrase) throw new CliFailure(MISSING_PASSPHRASE);
    return createServices({
      dataDir,
      keys: { providers: [passphraseKeyProvider(options.passphrase)] },
      actor: options.user,
    });
  };
  return {
    io,
    dataDir,
    user: options.user,
    services: () => (services ??= open()),
    close: () => services?.close(),
  };
}
