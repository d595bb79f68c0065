import { proxyActivities } from '@temporalio/workflow';
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
    nonRetryableErrorTypes: [failureTypes.recordInvalid],
  },
});
