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

/** An import of a case the workspace already holds (the same reference): asked about, or refused. */
export class CaseAlreadyImportedError extends AppError {
  constructor(
    readonly label: string,
    readonly existing: { id: string; title: string; reference: string },
  ) {
    super(
      'conflict',
      `${label}: the case ${existing.reference} (“${existing.title}”) is already in this workspace. Nothing was imported.`,
    );
    this.name = 'CaseAlreadyImportedError';
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} was not found.`);
