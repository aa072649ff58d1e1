// Wires one workspace: opens (and migrates) its database in the data folder and builds the
// services the handlers and the CLI call. Nothing here knows about IPC or Electron.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { userInfo } from 'node:os';
import { openDatabase, type Db } from './store/db';
import { createCaseService, type CaseService } from './services/case-service';
import { createSettingsService, type SettingsService } from './services/settings-service';
import { createChronologyService, type ChronologyService } from './services/chronology-service';

export interface ServicesOptions {
  dataDir: string;
  /** Overrides the investigator's name for this run (the CLI's --user). */
  actor?: string;
  nativeBinding?: string;
  now?: () => Date;
}

export interface Services {
  dataDir: string;
  db: Db;
  settings: SettingsService;
  cases: CaseService;
  chronology: ChronologyService;
  close(): void;
}

export function defaultUserName(): string {
  try {
    return userInfo().username || 'investigator';
  } catch {
    return 'investigator';
  }
}

export function createServices(options: ServicesOptions): Services {
  mkdirSync(options.dataDir, { recursive: true });
  const db = openDatabase(join(options.dataDir, 'workspace.sqlite'), { nativeBinding: options.nativeBinding });
  const now = options.now ?? (() => new Date());
  const settings = createSettingsService(db, defaultUserName());
  const actor = () => options.actor ?? settings.get().investigatorName;
  const cases = createCaseService(db, actor, now);
  return {
    dataDir: options.dataDir,
    db,
    settings,
    cases,
    chronology: createChronologyService(db, actor, now),
    close: () => db.close(),
  };
}
