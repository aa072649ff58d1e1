// Test support: a fresh workspace in a temp folder with real SQLite, and its handlers.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { databaseForTests, createServices, type Services } from '../../electron/services';
import { createHandlers, type Handlers } from '../../electron/handlers';
import { scriptedHost } from '../../electron/host';
import { testKeys } from './test-keys';
import type { ArchiveLimits } from '../../electron/archive/read-archive';

export interface TestWorkspace {
  dir: string;
  services: Services;
  handlers: Handlers;
  host: ReturnType<typeof scriptedHost>;
  dispose(): void;
}

export function makeWorkspace(options: { actor?: string; archiveLimits?: ArchiveLimits } = {}): TestWorkspace {
  const dir = mkdtempSync(join(tmpdir(), 's117-test-'));
  const services = createServices({
    dataDir: dir,
    keys: testKeys(),
    actor: options.actor ?? 'Test Investigator',
    archiveLimits: options.archiveLimits,
  });
  const host = scriptedHost();
  const handlers = createHandlers(services, host, {
    validateOutputs: true,
    onInternalError: (channel, err) => {
      throw new Error(`internal error on ${channel}: ${String(err)}`);
    },
  });
  return {
    dir,
    services,
    handlers,
    host,
    dispose: () => {
      services.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Row counts of every table: to show that something wrote nothing. */
export function tableCounts(services: Services): Record<string, number> {
  const tables = databaseForTests(services)
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%' ORDER BY name`,
    )
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    tables.map((t) => [t, databaseForTests(services).prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number]),
  );
}

export const sampleDraft = () => ({
  reference: '19 016 759',
  title: 'Aftercare after detention under section 3',
  received: '2021-03-04',
  stage: 'investigation' as const,
  people: [
    { role: 'aggrieved' as const, title: 'Ms', name: 'Sarah Jones', label: 'Ms X' },
    { role: 'complainant' as const, title: 'Mrs', name: 'Anne Jones', label: 'Mrs Y', relationship: 'mother' },
  ],
  organisations: [
    { kind: 'council' as const, name: 'Anytown Borough Council' },
    { kind: 'icb' as const, name: 'NHS Anytown ICB' },
  ],
});
