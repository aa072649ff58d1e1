// What crosses the IPC boundary for every call: a value, or an error with a code, a message a
// caseworker can read, and (for bad input) the fields at fault.
import type { FieldIssue } from '../validation/issues';

export type ErrorCode =
  | 'invalid_input'
  | 'unknown_channel'
  | 'not_found'
  | 'conflict'
  | 'workspace_too_new'
  | 'workspace_locked'
  | 'file_error'
  | 'cancelled'
  | 'apportionment_needed'
  | 'anonymisation_failed'
  | 'anonymisation_unreviewed'
  | 'internal';

export interface IpcError {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };
