import { ActivityFailure, ApplicationFailure, isCancellation } from '@temporalio/workflow';
import { failureTypes } from './definitions';

const business: readonly string[] = [failureTypes.recordInvalid, failureTypes.recordUnstorable];

/**
 * How a failed recording reaches the update's caller: invalid or unstorable data as one failure
 * of its type carrying the field errors; anything else (the database did not answer in time) as
 * "not confirmed", which the API answers with 503 while the task is open again.
 */
export function asRecordFailure(e: unknown): unknown {
  if (isCancellation(e)) return e;
  if (e instanceof ActivityFailure && e.cause instanceof ApplicationFailure && business.includes(e.cause.type ?? '')) {
    return ApplicationFailure.create({
      message: e.cause.message, type: e.cause.type ?? undefined, nonRetryable: true, details: e.cause.details as unknown[],
    });
  }
  if (e instanceof ActivityFailure) {
    return ApplicationFailure.create({ message: 'the record could not be confirmed; the task is open again', type: failureTypes.recordNotConfirmed, nonRetryable: true });
  }
  return e;
}

/** The case invariants refused an act: one failure carrying the refusals, which the API answers with 422. */
export function caseInvariantFailure(refusals: ReadonlyArray<{ path: string; message: string }>): ApplicationFailure {
  return ApplicationFailure.create({
    message: refusals.map((r) => `${r.path || '/'} ${r.message}`).join('; '), type: failureTypes.caseInvariant, nonRetryable: true, details: [refusals],
  });
}
