// The investigator's settings: their name (who the audit log says made each change).
import type { Db } from '../store/db';
import { readSetting, writeSetting } from '../store/settings-repo';
import type { AppSettings } from '../../shared/ipc/channels/app';

export interface SettingsService {
  get(): AppSettings;
  setInvestigatorName(name: string): AppSettings;
}

export function createSettingsService(db: Db, defaultName: string): SettingsService {
  const get = (): AppSettings => {
    const name = readSetting<string>(db, 'investigatorName');
    return { investigatorName: name ?? defaultName, nameConfirmed: name !== undefined };
  };
  return {
    get,
    setInvestigatorName: (name) => {
      writeSetting(db, 'investigatorName', name.trim());
      return get();
    },
  };
}
