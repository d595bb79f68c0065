import { Worker, type NativeConnection, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import type { DataConverter } from '@temporalio/common';
import type { CaseActivities } from '../activities';
import { workflowBundleOptions } from './workflow-bundle-options';

export interface CaseWorkerOptions {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  activities: CaseActivities;
  /** A prebuilt workflow bundle (tests share one); otherwise the workflows are bundled now. */
  workflowBundle?: WorkflowBundleWithSourceMap;
  /** The payload codec and failure converter (codec/data-converter.ts). */
  dataConverter: DataConverter;
  /** Workflows kept in memory (WORKFLOW_CACHE_SIZE); unset: the SDK's default, from the heap size. */
  maxCachedWorkflows?: number | null;
}

/** A worker that runs the case workflows and their activities. */
export function createCaseWorker(opts: CaseWorkerOptions): Promise<Worker> {
  return Worker.create({
    connection: opts.connection,
    namespace: opts.namespace,
    taskQueue: opts.taskQueue,
    activities: opts.activities,
    dataConverter: opts.dataConverter,
    ...(opts.maxCachedWorkflows ? { maxCachedWorkflows: opts.maxCachedWorkflows } : {}),
    ...(opts.workflowBundle ? { workflowBundle: opts.workflowBundle } : workflowBundleOptions),
  });
}
