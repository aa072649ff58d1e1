// createHandlers(services, host): the one entry point both hosts call. It checks the channel
// name, validates the payload with the contract's schema before anything touches the store or
// the disk, runs the handler, and answers `{ ok, value }` or `{ ok: false, error: { code,
// message, issues } }`. It never throws, whatever it is sent.
import { contract, isChannel, type Channel } from '../shared/ipc/contract';
import type { IpcResult } from '../shared/ipc/result';
import { describeIssues, toFieldIssues } from '../shared/validation/issues';
import { AppError } from './errors';
import type { Services } from './services';
import type { Host } from './host';
import type { HandlerMap } from './handlers/types';
import { appHandlers } from './handlers/app';
import { caseHandlers } from './handlers/cases';
import { chronologyHandlers } from './handlers/chronology';
import { chronologyExportHandlers } from './handlers/chronology-export';
import { findingsHandlers } from './handlers/findings';
import { caseFileHandlers } from './handlers/case-files';
import { evidenceHandlers } from './handlers/evidence';
import { remedyHandlers } from './handlers/remedies';
import { letterHandlers } from './handlers/letters';
import { complaintHandlers } from './handlers/complaint';
import { anonymiseHandlers } from './handlers/anonymise';

const handlerMap: HandlerMap = {
  ...appHandlers,
  ...caseHandlers,
  ...chronologyHandlers,
  ...chronologyExportHandlers,
  ...findingsHandlers,
  ...caseFileHandlers,
  ...evidenceHandlers,
  ...remedyHandlers,
  ...letterHandlers,
  ...complaintHandlers,
  ...anonymiseHandlers,
};

export interface Handlers {
  invoke(channel: unknown, payload: unknown): Promise<IpcResult<unknown>>;
}

export interface HandlerOptions {
  /** Also check every output against the contract (tests turn this on). */
  validateOutputs?: boolean;
  onInternalError?: (channel: string, err: unknown) => void;
}

export function createHandlers(services: Services, host: Host, options: HandlerOptions = {}): Handlers {
  const ctx = { services, host };
  return {
    async invoke(channel, payload) {
      if (!isChannel(channel))
        return {
          ok: false,
          error: { code: 'unknown_channel', message: `There is no channel called ${String(channel)}.` },
        };
      const spec = contract[channel];
      const parsed = spec.input.safeParse(payload ?? {});
      if (!parsed.success) {
        const issues = toFieldIssues(parsed.error);
        return { ok: false, error: { code: 'invalid_input', message: describeIssues(issues), issues } };
      }
      try {
        const handler = handlerMap[channel] as (input: unknown, c: typeof ctx) => unknown;
        const value = await handler(parsed.data, ctx);
        if (options.validateOutputs) spec.output.parse(value);
        return { ok: true, value };
      } catch (err) {
        if (err instanceof AppError)
          return { ok: false, error: { code: err.code, message: err.message, issues: err.issues } };
        options.onInternalError?.(channel, err);
        return {
          ok: false,
          error: {
            code: 'internal',
            message: `Something went wrong (${(err as Error)?.message ?? String(err)}). Nothing was changed.`,
          },
        };
      }
    },
  };
}

export const HANDLED_CHANNELS = Object.keys(handlerMap) as Channel[];
