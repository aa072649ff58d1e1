// Handlers for the application channels: host info and the investigator's settings.
import type { HandlerGroup } from './types';
import { APP_VERSION } from '../version';

export const appHandlers: HandlerGroup<'app.info' | 'settings.get' | 'settings.update'> = {
  'app.info': (_input, { services, host }) => ({ version: APP_VERSION, host: host.kind, dataDir: services.dataDir }),
  'settings.get': (_input, { services }) => services.settings.get(),
  'settings.update': ({ investigatorName, retentionYears }, { services }) => {
    if (investigatorName !== undefined) services.settings.setInvestigatorName(investigatorName);
    if (retentionYears !== undefined) services.settings.setRetentionYears(retentionYears);
    return services.settings.get();
  },
};
