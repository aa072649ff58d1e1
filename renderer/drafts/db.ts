// Dexie (IndexedDB) in the renderer: the journal of unsaved edits, so a crash or reload loses
// nothing typed, and UI preferences. Case data of record lives in SQLite, never here.
import Dexie, { type EntityTable } from 'dexie';

export interface DraftEntry {
  /** What is being edited, e.g. `case:new` or `case:<id>`. */
  key: string;
  value: unknown;
  /** The record's updatedAt when editing began, to notice edits made elsewhere meanwhile. */
  baseVersion: string | null;
  savedAt: number;
}

export interface Preference {
  key: string;
  value: unknown;
}

class WorkbenchLocalDb extends Dexie {
  drafts!: EntityTable<DraftEntry, 'key'>;
  preferences!: EntityTable<Preference, 'key'>;
  constructor() {
    super('s117-workbench-local');
    this.version(1).stores({ drafts: 'key, savedAt', preferences: 'key' });
  }
}

export const localDb = new WorkbenchLocalDb();
