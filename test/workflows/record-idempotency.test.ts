import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { Context } from '@temporalio/activity';
import type { NativeConnection, Worker } from '@temporalio/worker';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { createActivities } from '../../activities';
import { createCaseWorker } from '../../temporal/case-worker';
import { registerCase } from '../../domain/register-case';
import { verifyCaseChain } from '../../db/records-repo';
import { testDataConverter, testDatabase, timeSkippingEnv, workflowBundle } from '../support/engines';
import { demoUser, eventually, registration } from '../support/fixtures';

describe('recording a step is idempotent under activity retries', function () {
  this.timeout(120_000);
  let db: Knex;
  let env: TestWorkflowEnvironment;

  before(async () => {
    ({ db } = await testDatabase());
    env = await timeSkippingEnv();
  });

  it('when the first attempt commits and then fails (a lost acknowledgement), the retry writes nothing more', async () => {
    const taskQueue = `retry-${randomUUID()}`;
    const real = createActivities({ db, clock: () => new Date(), log: () => {} });
    const attempts: number[] = [];
    const activities = {
      ...real,
      async recordStep(input: Parameters<typeof real.recordStep>[0]) {
        const result = await real.recordStep(input);
        attempts.push(Context.current().info.attempt);
        // The write committed; now the worker "crashes" before Temporal hears of it.
        if (Context.current().info.attempt === 1) throw new Error('simulated crash after commit');
        return result;
      },
    };
    const worker: Worker = await createCaseWorker({
      connection: env.nativeConnection as NativeConnection, namespace: env.namespace ?? 'default', taskQueue,
      activities, workflowBundle: await workflowBundle(), dataConverter: testDataConverter,
    });
    await worker.runUntil(async () => {
      const now = new Date(await env.currentTimeMs());
      const officer = await demoUser(db, 'officer1');
      const kase = await registerCase({ db, temporal: env.client, taskQueue, clock: () => now, clockSkewMs: 300_000 }, officer,
        registration(now.toISOString(), []));
      // The case moved past its registration: the next act (the check decision) is open.
      await eventually(() => db('tasks').where({ case_id: kase.id, record_type: 'check-decision', status: 'open' }).first(), 'the case to move on');
      assert.deepEqual(attempts, [1, 2], 'the activity ran twice');
      const records = await db('records').where({ case_id: kase.id });
      assert.equal(records.length, 1, 'one registration record despite two attempts');
      assert.deepEqual(await verifyCaseChain(db, kase.id), { valid: true, count: 1, brokenAtSeq: null });
    });
  });
});
