// The investigator's settings: their name (who the audit log says made each change), and how many
// years a closed case is kept before the case list offers it for deletion.
import type { Db } from '../store/db';
import { readSetting, writeSetting } from '../store/settings-repo';
import { DEFAULT_RETENTION_YEARS, type AppSettings } from '../../shared/ipc/channels/app';

export interface SettingsService {
  get(): AppSettings;
  setInvestigatorName(name: string): AppSettings;
  setRetentionYears(years: number): AppSettings;
}

export function createSettingsService(db: Db, defaultName: string): SettingsService {
  const get = (): AppSettings => {
    const name = readSetting<string>(db, 'investigatorName');
    return {
      investigatorName: name ?? defaultName,
      nameConfirmed: name !== undefined,
      retentionYears: readSetting<number>(db, 'retentionYears') ?? DEFAULT_RETENTION_YEARS,
    };
  };
  return {
    get,
    setInvestigatorName: (name) => {
      writeSetting(db, 'investigatorName', name.trim());
      return get();
    },
    setRetentionYears: (years) => {
      writeSetting(db, 'retentionYears', years);
      return get();
    },
  };
}
