import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { skipTime } from '../../temporal/skip-time';
import { completeTaskUpdate } from '../../workflows/definitions';
import { newTimeSkippingEnv, testDatabase } from '../support/engines';
import { demoUser, eventually } from '../support/fixtures';
import { startProcedureCase } from '../../simulation/start-procedure-case';
import { startTestWorker } from '../support/test-worker';
import { detentionModel } from '../engine/model-builder';

const HOUR = 3_600_000;

describe('skipping time on the Java test server after a refused update', function () {
  this.timeout(120_000);
  let env: TestWorkflowEnvironment;

  before(async () => {
    env = await newTimeSkippingEnv();
  });
  after(async () => {
    await env.teardown();
  });

  it('still reaches the limit: the leaked time-skipping lock is released', async () => {
    const { db } = await testDatabase();
    const officer = await demoUser(db, 'officer1');
    const taskQueue = `skip-${randomUUID()}`;
    const worker = await startTestWorker(env, db, taskQueue);
    try {
      const now = await env.currentTimeMs();
      const { caseId } = await startProcedureCase(db, env.client, taskQueue, officer, detentionModel(), {
        detainedAt: new Date(now).toISOString(), isChild: false,
      });
      const task = await eventually(() => db('tasks').where({ case_id: caseId, status: 'open' }).first(), 'the task');
      await assert.rejects(env.client.workflow.getHandle(task.workflow_id).executeUpdate(completeTaskUpdate, {
        args: [{ taskId: task.id, data: {}, actor: { userId: officer.id, username: 'analyst1', role: 'analyst', unitId: officer.unitId } }],
      }));
      const started = Date.now();
      await skipTime(env, 48 * HOUR + 60_000, 5_000);
      assert.ok(Date.now() - started < 30_000, 'the skip did not run in real time');
      await eventually(async () => (await db('escalations').where({ case_id: caseId, severity: 'expired' })).length === 1, 'the expiry');
    } finally {
      await worker.stop();
    }
  });
});
