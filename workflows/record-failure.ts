import { ActivityFailure, ApplicationFailure, isCancellation } from '@temporalio/workflow';
import { failureTypes } from './definitions';

/** Invalid data reaches the update's caller as one failure of a known type carrying the field errors. */
export function asRecordFailure(e: unknown): unknown {
  if (isCancellation(e)) return e;
  if (e instanceof ActivityFailure && e.cause instanceof ApplicationFailure && e.cause.type === failureTypes.recordInvalid) {
    return ApplicationFailure.create({
      message: e.cause.message, type: failureTypes.recordInvalid, nonRetryable: true, details: e.cause.details as unknown[],
    });
  }
  return e;
}
