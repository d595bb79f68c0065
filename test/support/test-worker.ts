import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import type { NativeConnection } from '@temporalio/worker';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { createActivities } from '../../activities';
import { ladderWorkflowId, startEscalationLadderWorkflow } from '../../activities/start-escalation-ladder';
import { createCaseWorker } from '../../temporal/case-worker';
import type { SessionUser } from '../../domain/deps';
import { newTimeSkippingEnv, testDataConverter, testDatabase, timeSkippingEnv, workflowBundle } from './engines';
import { demoUser } from './fixtures';

/**
 * A case worker with the real activities on a test server's task queue, running until stopped.
 * The escalation ladders it starts are terminated when it stops: on a shared time-skipping server
 * their timers would otherwise fire with no worker and hold the next suite's clock.
 */
export async function startTestWorker(env: TestWorkflowEnvironment, db: Knex, taskQueue: string): Promise<{ stop(): Promise<void> }> {
  const ladders: string[] = [];
  const worker = await createCaseWorker({
    connection: env.nativeConnection as NativeConnection,
    namespace: env.namespace ?? 'default',
    taskQueue,
    activities: createActivities({
      db, clock: () => new Date(), log: () => {},
      startEscalationLadder: async (id, firstWaitMs) => {
        ladders.push(id);
        await startEscalationLadderWorkflow(env.client, taskQueue, id, firstWaitMs);
      },
    }),
    workflowBundle: await workflowBundle(),
    dataConverter: testDataConverter,
  });
  const running = worker.run();
  return {
    async stop() {
      for (const id of ladders) await env.client.workflow.getHandle(ladderWorkflowId(id)).terminate('test suite over').catch(() => undefined);
      worker.shutdown();
      await running;
    },
  };
}

export interface OwnServer {
  db: Knex;
  env: TestWorkflowEnvironment;
  officer: SessionUser;
  /** The investigating judge of the court that hears officer1's unit (judge1). */
  judge: SessionUser;
  taskQueue: string;
}

/**
 * Mocha hooks for a suite with a case worker on a time-skipping server: the run's shared one, or
 * its own (a suite that rejects updates needs its own: the test server stops skipping time after a
 * rejected update). The returned object is filled in `before`.
 */
export function useTimeSkippingWorker(queuePrefix: string, { ownServer }: { ownServer: boolean }): OwnServer {
  const own = { taskQueue: `${queuePrefix}-${randomUUID()}` } as OwnServer;
  let worker: { stop(): Promise<void> } | undefined;
  before(async () => {
    ({ db: own.db } = await testDatabase());
    own.env = ownServer ? await newTimeSkippingEnv() : await timeSkippingEnv();
    own.officer = await demoUser(own.db, 'officer1');
    own.judge = await demoUser(own.db, 'judge1');
    worker = await startTestWorker(own.env, own.db, own.taskQueue);
  });
  after(async () => {
    await worker?.stop();
    if (ownServer) await own.env?.teardown();
  });
  return own;
}
