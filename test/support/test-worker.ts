import type { Knex } from 'knex';
import type { NativeConnection } from '@temporalio/worker';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { createActivities } from '../../activities';
import { createCaseWorker } from '../../temporal/case-worker';
import { workflowBundle } from './engines';

/** A case worker with the real activities on a test server's task queue, running until stopped. */
export async function startTestWorker(env: TestWorkflowEnvironment, db: Knex, taskQueue: string): Promise<{ stop(): Promise<void> }> {
  const worker = await createCaseWorker({
    connection: env.nativeConnection as NativeConnection,
    namespace: env.namespace ?? 'default',
    taskQueue,
    activities: createActivities({ db, clock: () => new Date(), log: () => {} }),
    workflowBundle: await workflowBundle(),
  });
  const running = worker.run();
  return {
    async stop() {
      worker.shutdown();
      await running;
    },
  };
}
