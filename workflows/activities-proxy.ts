import { proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import type { CaseActivities } from '../activities';
import { failureTypes } from './definitions';

/**
 * Activities as the workflow sees them. Records must eventually be written, so transient faults
 * (PostgreSQL restarting, a lost connection) are retried without limit; invalid data is not.
 */
export const acts = proxyActivities<CaseActivities>({
  startToCloseTimeout: '30 seconds',
  retry: {
    initialInterval: '1 second',
    backoffCoefficient: 2,
    maximumInterval: '1 minute',
    nonRetryableErrorTypes: [failureTypes.recordInvalid, failureTypes.recordUnstorable],
  },
});

/**
 * recordStep as a local activity: it runs in the worker inside the workflow task that received
 * the update, saving the two server round trips of a scheduled activity (see bench/). Same
 * idempotent write, same retries; it is short (one transaction), which is what local
 * activities are for.
 */
export const localActs = proxyLocalActivities<Pick<CaseActivities, 'recordStep'>>({
  startToCloseTimeout: '10 seconds',
  // A person waits for the answer: after 20 s the update fails, the task is open again and the
  // API answers 503 (its own deadline is 30 s). The write is idempotent, so a retry is safe.
  scheduleToCloseTimeout: '20 seconds',
  localRetryThreshold: '10 seconds',
  retry: {
    initialInterval: '1 second',
    backoffCoefficient: 2,
    maximumInterval: '5 seconds',
    nonRetryableErrorTypes: [failureTypes.recordInvalid, failureTypes.recordUnstorable],
  },
});

/**
 * The projection writes of an engine step (applyProjections) as a local activity: they run in
 * the workflow task that recorded the act, so a step is one workflow task instead of two, and
 * the API's answer finds the next task already open. They must eventually be written, so they
 * are retried without limit like the scheduled activity they replace: locally for 10 s, then on
 * a timer from a later workflow task (bench/: on the cluster, events per step set the ceiling).
 */
export const localProjections = proxyLocalActivities<Pick<CaseActivities, 'applyProjections'>>({
  startToCloseTimeout: '30 seconds',
  localRetryThreshold: '10 seconds',
  retry: {
    initialInterval: '1 second',
    backoffCoefficient: 2,
    maximumInterval: '1 minute',
    nonRetryableErrorTypes: [failureTypes.recordInvalid, failureTypes.recordUnstorable],
  },
});
