// The renderer's typed client over window.workbench.invoke: argument and result types come
// from the contract; a failed call throws an IpcCallError carrying the code, message and fields.
import type { Channel, Input, Output } from '../../shared/ipc/contract';
import type { IpcError } from '../../shared/ipc/result';
import type { FieldIssue } from '../../shared/validation/issues';
import './bridge.d';

export class IpcCallError extends Error {
  readonly code: IpcError['code'];
  readonly issues: FieldIssue[];
  constructor(error: IpcError) {
    super(error.message);
    this.name = 'IpcCallError';
    this.code = error.code;
    this.issues = error.issues ?? [];
  }
}

/**
 * Calls in flight, by channel and payload. A second identical call while the first is still
 * running (a double click on Save, Approve or Add) gets the first call's promise instead of
 * being sent again, so one click's worth of work is done: one payment, one letter.
 */
const inFlight = new Map<string, Promise<unknown>>();

export function invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
  const key = `${channel}\u0000${JSON.stringify(input ?? null)}`;
  const pending = inFlight.get(key);
  if (pending) return pending as Promise<Output<C>>;
  const call = send(channel, input).finally(() => inFlight.delete(key));
  inFlight.set(key, call);
  return call;
}

async function send<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
  const bridge = window.workbench;
  if (!bridge)
    throw new IpcCallError({
      code: 'internal',
      message: 'The workbench is not connected to its data. Restart the app.',
    });
  const result = await bridge.invoke(channel, input);
  if (!result.ok) throw new IpcCallError(result.error);
  return result.value as Output<C>;
}

/** Field issues of an error, keyed by path, for inline form messages. */
export function fieldErrors(err: unknown, stripPrefix = ''): Record<string, string> {
  if (!(err instanceof IpcCallError)) return {};
  const out: Record<string, string> = {};
  for (const issue of err.issues) {
    const path = issue.path.startsWith(stripPrefix) ? issue.path.slice(stripPrefix.length) : issue.path;
    out[path] ??= issue.message;
  }
  return out;
}
