// The one error type the main side throws on purpose. Its code and message cross the IPC
// boundary as `{ code, message }`; anything else is reported as an internal error.
import type { ErrorCode } from '../shared/ipc/result';
import type { FieldIssue } from '../shared/validation/issues';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} was not found.`);
