import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { FieldError } from '../law/record-schemas';
import { failureTypes } from '../workflows/definitions';
import { ConflictError, ForbiddenError, InputError, NotFoundError, UnavailableError } from './errors';

/** The record was not confirmed in time: the task (or the act) is open again, a retry is safe. */
export const notConfirmed = (cause?: unknown) => new UnavailableError(
  'The record was not confirmed in time; the task is open again: check the case, then retry', 'record-not-confirmed', {}, { cause },
);

/** Maps the workflow's failure types onto domain errors. */
export function toDomainError(e: unknown): unknown {
  if (!(e instanceof WorkflowUpdateFailedError)) return e;
  const cause = e.cause;
  if (!(cause instanceof ApplicationFailure)) return notConfirmed(e);
  const fieldErrors = (cause.details?.[0] as FieldError[] | undefined) ?? [];
  switch (cause.type) {
    case failureTypes.recordInvalid:
      return new InputError(cause.message, fieldErrors);
    case failureTypes.recordUnstorable:
      return new InputError(cause.message, fieldErrors, 422, 'record-unstorable');
    case failureTypes.caseInvariant:
      return new InputError(cause.message, fieldErrors, 422, 'case-invariant');
    case failureTypes.extensionRefused:
      return new InputError(cause.message, [{ path: '', message: cause.message, code: 'extension-refused', params: {} }]);
    case failureTypes.taskNotOpen:
      return new ConflictError(cause.message, 'task-not-open');
    case failureTypes.taskNotFound:
      return new NotFoundError('No such task', 'not-found');
    case failureTypes.roleNotAllowed:
      return new ForbiddenError(cause.message, 'role-not-allowed');
    case failureTypes.recordNotConfirmed:
      return notConfirmed(e);
    case failureTypes.correctionNotAllowed:
      return new ForbiddenError(cause.message, 'supervisor-corrects-clock');
    case failureTypes.orderNotAllowed:
      return new ForbiddenError(cause.message, 'supervisors-order-release');
    default:
      return e;
  }
}
