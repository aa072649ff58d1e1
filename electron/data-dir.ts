// Where a workspace lives by default: the per-user folder Electron's app.getPath('userData')
// gives for this app, so the desktop app and the CLI share one workspace unless told otherwise.
import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_FOLDER_NAME = 'S117 Workbench';

export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (env.S117_DATA_DIR) return env.S117_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_FOLDER_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_FOLDER_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_FOLDER_NAME);
}
