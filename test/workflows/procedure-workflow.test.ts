import assert from 'node:assert/strict';
import { skipTime } from '../../temporal/skip-time';
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { SessionUser } from '../../domain/deps';
import { completeTaskUpdate } from '../../workflows/definitions';
import { progressQuery } from '../../workflows/procedure-definitions';
import { testDatabase, timeSkippingEnv } from '../support/engines';
import { startTestWorker } from '../support/test-worker';
import { demoUser, eventually } from '../support/fixtures';
import { keepHistory as keepRunHistory } from '../support/histories';
import { startProcedureCase } from '../../simulation/start-procedure-case';
import { detentionModel, limitWithSecondActModel, model, oneTaskScope, scope } from '../engine/model-builder';

const HOUR = 3_600_000;

describe('procedure workflow: BPMN interpreted on the time-skipping server', function () {
  this.timeout(120_000);
  let db: Knex;
  let env: TestWorkflowEnvironment;
  let worker: { stop(): Promise<void> };
  let officer: SessionUser;
  const taskQueue = `procedure-${randomUUID()}`;

  before(async () => {
    ({ db } = await testDatabase());
    env = await timeSkippingEnv();
    officer = await demoUser(db, 'officer1');
    worker = await startTestWorker(env, db, taskQueue);
  });
  after(async () => {
    await worker.stop();
  });

  const actor = () => ({ userId: officer.id, username: officer.username, role: officer.role, unitId: officer.unitId });
  const openTask = (caseId: string, recordType: string) =>
    eventually(() => db('tasks').where({ case_id: caseId, record_type: recordType, status: 'open' }).first(), `an open ${recordType} task`);
  const completed = (handle: { describe(): Promise<{ status: { name: string } }> }) =>
    eventually(async () => (await handle.describe()).status.name === 'COMPLETED', 'the workflow to complete');

  const keepHistory = (name: string, workflowId: string) => keepRunHistory(env, name, workflowId);

  it('a boundary timer fires exactly at the limit and not a second before', async () => {
    const now = await env.currentTimeMs();
    const { caseId, workflowId } = await startProcedureCase(db, env.client, taskQueue, officer, detentionModel(), {
      detainedAt: new Date(now).toISOString(), isChild: false,
    });
    await openTask(caseId, 'measure-decision');
    const deadline = await db('deadlines').where({ case_id: caseId }).first();
    assert.equal(deadline.due_at.getTime(), now + 48 * HOUR);
    const elapsed = (await env.currentTimeMs()) - now;
    await skipTime(env, 48 * HOUR - elapsed - 1000);
    await eventually(async () => (await db('escalations').where({ case_id: caseId, severity: 'warning' })).length === 2, 'two warnings');
    assert.equal((await db('escalations').where({ case_id: caseId, severity: 'expired' })).length, 0, 'nothing a second before');
    await skipTime(env, 1000);
    const [expired] = await eventually(async () => {
      const rows = await db('escalations').where({ case_id: caseId, severity: 'expired' });
      return rows.length === 1 ? rows : undefined;
    }, 'the expiry escalation');
    assert.equal(expired.deadline_id, deadline.id);
    assert.equal((await db('deadlines').where({ id: deadline.id }).first()).status, 'expired');
    assert.equal((await db('tasks').where({ case_id: caseId, record_type: 'measure-decision' }).first()).status, 'cancelled');
    const release = await openTask(caseId, 'release');
    assert.equal(release.element_id, 'RecordRelease');
    await keepHistory('detention-expiry', workflowId);
  });

  it('parallel tasks completed in either order join and finish the case', async () => {
    const m = model(scope('P', [
      { id: 'S', type: 'startEvent' },
      { id: 'Split', type: 'parallelGateway' },
      { id: 'A', type: 'userTask', record: 'release', role: 'officer', boundaryEvents: [] },
      { id: 'B', type: 'userTask', record: 'release', role: 'officer', boundaryEvents: [] },
      { id: 'Join', type: 'parallelGateway' },
      { id: 'E', type: 'endEvent', terminate: false, escalation: null },
    ], [['S', 'Split'], ['Split', 'A'], ['Split', 'B'], ['A', 'Join'], ['B', 'Join'], ['Join', 'E']]));
    const release = { releasedAt: new Date().toISOString(), grounds: 'grounds-ceased', certificateNumber: 'REL-7' };
    for (const order of [['A', 'B'], ['B', 'A']]) {
      const { caseId, handle, workflowId } = await startProcedureCase(db, env.client, taskQueue, officer, m, {});
      const tasks = await eventually(async () => {
        const rows = await db('tasks').where({ case_id: caseId, status: 'open' });
        return rows.length === 2 ? rows : undefined;
      }, 'two parallel tasks');
      const byElement = Object.fromEntries(tasks.map((t) => [t.element_id, t.id]));
      await handle.executeUpdate(completeTaskUpdate, { args: [{ taskId: byElement[order[0]], data: release, actor: actor() }] });
      assert.deepEqual((await handle.query(progressQuery)).active, [order[1]]);
      await handle.executeUpdate(completeTaskUpdate, { args: [{ taskId: byElement[order[1]], data: release, actor: actor() }] });
      await completed(handle);
      assert.equal((await db('records').where({ case_id: caseId })).length, 2);
      if (order[0] === 'A') await keepHistory('parallel-join', workflowId);
    }
  });

  it('a multi-instance call activity runs one child workflow per detained person (three)', async () => {
    const person = oneTaskScope('PersonDetention', 'Decide', 'measure-decision');
    const m = model(scope('Case', [
      { id: 'S', type: 'startEvent' },
      { id: 'EachDetained', type: 'callActivity', calledProcess: 'PersonDetention', boundaryEvents: [],
        multiInstance: { collection: 'detained', elementVariable: 'person', parallel: true } },
      { id: 'E', type: 'endEvent', terminate: false, escalation: null },
    ], [['S', 'EachDetained'], ['EachDetained', 'E']]), person);
    const { caseId, handle, workflowId } = await startProcedureCase(db, env.client, taskQueue, officer, m, {
      detained: [1, 2, 3].map((n) => ({ personId: null, label: `Testov${n} A.` })),
    });
    const tasks = await eventually(async () => {
      const rows = await db('tasks').where({ case_id: caseId, status: 'open' });
      return rows.length === 3 ? rows : undefined;
    }, 'three tasks, one per child');
    assert.deepEqual(tasks.map((t) => t.workflow_id).sort(), [1, 2, 3].map((n) => `${workflowId}/EachDetained/${n}`));
    for (const t of tasks) {
      await env.client.workflow.getHandle(t.workflow_id).executeUpdate(completeTaskUpdate, {
        args: [{ taskId: t.id, data: { decidedAt: new Date().toISOString(), court: 'Synthetic court', outcome: 'refused' }, actor: actor() }],
      });
    }
    await completed(handle);
    // Every child finished too (they report to the parent, then complete).
    for (const t of tasks) await completed(env.client.workflow.getHandle(t.workflow_id));
    await keepHistory('multi-instance-parent', workflowId);
  });

  it('continues as new mid-way without losing tasks or deadlines, and finishes correctly', async () => {
    // Two branches: the detention decision under its 48 h limit, and a second act. Completing the
    // second act wakes the workflow, which (test hook) continues as new; the decision task and the
    // running deadline must carry over into the new run.
    const m = limitWithSecondActModel();
    const now = await env.currentTimeMs();
    const { caseId, handle, workflowId } = await startProcedureCase(db, env.client, taskQueue, officer, m, {
      detainedAt: new Date(now).toISOString(),
    }, { continueAsNewEvery: 1 });
    const tasks = await eventually(async () => {
      const rows = await db('tasks').where({ case_id: caseId, status: 'open' });
      return rows.length === 2 ? rows : undefined;
    }, 'two tasks');
    const byElement = Object.fromEntries(tasks.map((t) => [t.element_id, t.id]));
    const firstRunId = (await handle.describe()).runId;
    await handle.executeUpdate(completeTaskUpdate, {
      args: [{ taskId: byElement.OtherAct, data: { releasedAt: new Date().toISOString(), grounds: 'grounds-ceased', certificateNumber: 'REL-9' }, actor: actor() }],
    });
    const latest = env.client.workflow.getHandle(workflowId);
    await eventually(async () => (await latest.describe()).runId !== firstRunId, 'a new run');
    assert.deepEqual((await latest.query(progressQuery)).active, ['RecordDecision'], 'the open task carried over');
    await latest.executeUpdate(completeTaskUpdate, {
      args: [{ taskId: byElement.RecordDecision, data: { decidedAt: new Date().toISOString(), court: 'Synthetic court', outcome: 'custody', termMonths: 2 }, actor: actor() }],
    });
    await completed(latest);
    assert.equal((await db('deadlines').where({ case_id: caseId }).first()).status, 'met', 'the deadline carried over and was met');
    assert.equal((await db('tasks').where({ case_id: caseId })).length, 2, 'no task reopened by the new run');
    assert.equal((await db('records').where({ case_id: caseId })).length, 2);
  });
});
