// The preload: the only bridge between the page and the main process. It exposes
// window.workbench.invoke(channel, payload) for contract channels alone (checked here before
// anything crosses), and the path of a dropped file (webUtils), nothing else.
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { isChannel } from '../shared/ipc/contract';
import type { IpcResult } from '../shared/ipc/result';

const bridge = {
  invoke(channel: string, payload: unknown): Promise<IpcResult<unknown>> {
    if (!isChannel(channel))
      return Promise.resolve({
        ok: false,
        error: { code: 'unknown_channel', message: `There is no channel called ${channel}.` },
      });
    return ipcRenderer.invoke('workbench:invoke', channel, payload) as Promise<IpcResult<unknown>>;
  },
  pathForFile(file: File): string {
    return webUtils.getPathForFile(file);
  },
} satisfies NonNullable<Window['workbench']> & { pathForFile(file: File): string };

contextBridge.exposeInMainWorld('workbench', bridge);
