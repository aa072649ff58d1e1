// The one thing the preload (or the browser harness) puts on window: invoke a contract channel.
import type { IpcResult } from '../../shared/ipc/result';

declare global {
  interface Window {
    workbench?: {
      invoke(channel: string, payload: unknown): Promise<IpcResult<unknown>>;
      /** Electron only: the path of a dropped file. */
      pathForFile?(file: File): string;
    };
  }
}

export {};
