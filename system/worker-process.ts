import type { Knex } from 'knex';
import type { NativeConnection, WorkflowBundleWithSourceMap } from '@temporalio/worker';
import type { Config } from '../config';
import { createActivities } from '../activities';
import { createCaseWorker } from '../temporal/case-worker';
import { caseDataConverter } from '../codec/data-converter';
import type { Log } from './logger';

export interface RunningWorker {
  /** Resolves when the worker has stopped. */
  done: Promise<void>;
  stop(): Promise<void>;
}

/** Runs the case worker until stopped. */
export async function startWorker(
  config: Config, db: Knex, connection: NativeConnection, log: Log,
  opts: { workflowBundle?: WorkflowBundleWithSourceMap; onRecordWritten?: (recordType: string) => void } = {},
): Promise<RunningWorker> {
  const worker = await createCaseWorker({
    connection,
    namespace: config.temporalNamespace,
    taskQueue: config.temporalTaskQueue,
    activities: createActivities({ db, clock: () => new Date(), log, onRecordWritten: opts.onRecordWritten }),
    workflowBundle: opts.workflowBundle,
    dataConverter: caseDataConverter(config.codecKeys),
  });
  const done = worker.run();
  return {
    done,
    async stop() {
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await done;
    },
  };
}
