// What every CLI command gets: parsed global options and the workspace's services (opened on
// first use, closed when the command ends).
import { createServices, type Services } from '../services';
import { defaultDataDir } from '../data-dir';
import type { CliIO } from './io';

export interface CliContext {
  io: CliIO;
  dataDir: string;
  user?: string;
  services(): Services;
  close(): void;
}

export function createCliContext(io: CliIO, options: { dataDir?: string; user?: string }): CliContext {
  const dataDir = options.dataDir ?? defaultDataDir();
  let services: Services | undefined;
  return {
    io,
    dataDir,
    user: options.user,
    services: () => (services ??= createServices({ dataDir, actor: options.user })),
    close: () => services?.close(),
  };
}
