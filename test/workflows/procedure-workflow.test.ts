import assert from 'node:assert/strict';
import { skipTime } from '../../temporal/skip-time';
import { completeTaskUpdate } from '../../workflows/definitions';
import { progressQuery } from '../../workflows/procedure-definitions';
import { useTimeSkippingWorker } from '../support/test-worker';
import { eventually } from '../support/fixtures';
import { keepHistory as keepRunHistory } from '../support/histories';
import { startProcedureCase } from '../../simulation/start-procedure-case';
import { detentionModel, limitWithSecondActModel, model, oneTaskScope, parallelTasksModel, scope } from '../engine/model-builder';

const HOUR = 3_600_000;

describe('procedure workflow: BPMN interpreted on the time-skipping server', function () {
  this.timeout(120_000);
  const own = useTimeSkippingWorker('procedure', { ownServer: false });

  const actor = () => ({ userId: own.officer.id, username: own.officer.username, role: own.officer.role, unitId: own.officer.unitId });
  const openTask = (caseId: string, recordType: string) =>
    eventually(() => own.db('tasks').where({ case_id: caseId, record_type: recordType, status: 'open' }).first(), `an open ${recordType} task`);
  const completed = (handle: { describe(): Promise<{ status: { name: string } }> }) =>
    eventually(async () => (await handle.describe()).status.name === 'COMPLETED', 'the workflow to complete');

  const keepHistory = (name: string, workflowId: string) => keepRunHistory(own.env, name, workflowId);

  it('a boundary timer fires exactly at the limit and not a second before', async () => {
    const now = await own.env.currentTimeMs();
    const { caseId, workflowId } = await startProcedureCase(own.db, own.env.client, own.taskQueue, own.officer, detentionModel(), {
      detainedAt: new Date(now).toISOString(), isChild: false,
    }, { caseFile: false });
    await openTask(caseId, 'measure-decision');
    const deadline = await own.db('deadlines').where({ case_id: caseId }).first();
    assert.equal(deadline.due_at.getTime(), now + 48 * HOUR);
    const elapsed = (await own.env.currentTimeMs()) - now;
    await skipTime(own.env, 48 * HOUR - elapsed - 1000);
    await eventually(async () => (await own.db('escalations').where({ case_id: caseId, severity: 'warning' })).length === 2, 'two warnings');
    assert.equal((await own.db('escalations').where({ case_id: caseId, severity: 'expired' })).length, 0, 'nothing a second before');
    await skipTime(own.env, 1000);
    const [expired] = await eventually(async () => {
      const rows = await own.db('escalations').where({ case_id: caseId, severity: 'expired' });
      return rows.length === 1 ? rows : undefined;
    }, 'the expiry escalation');
    assert.equal(expired.deadline_id, deadline.id);
    assert.equal((await own.db('deadlines').where({ id: deadline.id }).first()).status, 'expired');
    assert.equal((await own.db('tasks').where({ case_id: caseId, record_type: 'measure-decision' }).first()).status, 'cancelled');
    const release = await openTask(caseId, 'release');
    assert.equal(release.element_id, 'RecordRelease');
    await keepHistory('detention-expiry', workflowId);
  });

  it('parallel tasks completed in either order join and finish the case', async () => {
    const m = parallelTasksModel();
    const release = { releasedAt: new Date().toISOString(), grounds: 'grounds-ceased', certificateNumber: 'REL-7' };
    for (const order of [['A', 'B'], ['B', 'A']]) {
      const { caseId, handle, workflowId } = await startProcedureCase(own.db, own.env.client, own.taskQueue, own.officer, m, {}, { caseFile: false });
      const tasks = await eventually(async () => {
        const rows = await own.db('tasks').where({ case_id: caseId, status: 'open' });
        return rows.length === 2 ? rows : undefined;
      }, 'two parallel tasks');
      const byElement = Object.fromEntries(tasks.map((t) => [t.element_id, t.id]));
      await handle.executeUpdate(completeTaskUpdate, { args: [{ taskId: byElement[order[0]], data: release, actor: actor() }] });
      assert.deepEqual((await handle.query(progressQuery)).active, [order[1]]);
      await handle.executeUpdate(completeTaskUpdate, { args: [{ taskId: byElement[order[1]], data: release, actor: actor() }] });
      await completed(handle);
      assert.equal((await own.db('records').where({ case_id: caseId })).length, 2);
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
    const { caseId, handle, workflowId } = await startProcedureCase(own.db, own.env.client, own.taskQueue, own.officer, m, {
      detained: [1, 2, 3].map((n) => ({ personId: null, label: `Testov${n} A.` })),
    }, { caseFile: false });
    const tasks = await eventually(async () => {
      const rows = await own.db('tasks').where({ case_id: caseId, status: 'open' });
      return rows.length === 3 ? rows : undefined;
    }, 'three tasks, one per child');
    assert.deepEqual(tasks.map((t) => t.workflow_id).sort(), [1, 2, 3].map((n) => `${workflowId}/EachDetained/${n}`));
    for (const t of tasks) {
      await own.env.client.workflow.getHandle(t.workflow_id).executeUpdate(completeTaskUpdate, {
        args: [{ taskId: t.id, data: { decidedAt: new Date().toISOString(), court: 'Synthetic court', outcome: 'refused' }, actor: actor() }],
      });
    }
    await completed(handle);
    // Every child finished too (they report to the parent, then complete).
    for (const t of tasks) await completed(own.env.client.workflow.getHandle(t.workflow_id));
    await keepHistory('multi-instance-parent', workflowId);
  });

  it('continues as new mid-way without losing tasks or deadlines, and finishes correctly', async () => {
    // Two branches: the detention decision under its 48 h limit, and a second act. Completing the
    // second act wakes the workflow, which (test hook) continues as new; the decision task and the
    // running deadline must carry over into the new run.
    const m = limitWithSecondActModel();
    const now = await own.env.currentTimeMs();
    const { caseId, handle, workflowId } = await startProcedureCase(own.db, own.env.client, own.taskQueue, own.officer, m, {
      detainedAt: new Date(now).toISOString(),
    }, { caseFile: false, continueAsNewEvery: 1 });
    const tasks = await eventually(async () => {
      const rows = await own.db('tasks').where({ case_id: caseId, status: 'open' });
      return rows.length === 2 ? rows : undefined;
    }, 'two tasks');
    const byElement = Object.fromEntries(tasks.map((t) => [t.element_id, t.id]));
    const firstRunId = (await handle.describe()).runId;
    await handle.executeUpdate(completeTaskUpdate, {
      args: [{ taskId: byElement.OtherAct, data: { releasedAt: new Date().toISOString(), grounds: 'grounds-ceased', certificateNumber: 'REL-9' }, actor: actor() }],
    });
    const latest = own.env.client.workflow.getHandle(workflowId);
    await eventually(async () => (await latest.describe()).runId !== firstRunId, 'a new run');
    assert.deepEqual((await latest.query(progressQuery)).active, ['RecordDecision'], 'the open task carried over');
    await latest.executeUpdate(completeTaskUpdate, {
      args: [{ taskId: byElement.RecordDecision, data: { decidedAt: new Date().toISOString(), court: 'Synthetic court', outcome: 'custody', termMonths: 2 }, actor: actor() }],
    });
    await completed(latest);
    assert.equal((await own.db('deadlines').where({ case_id: caseId }).first()).status, 'met', 'the deadline carried over and was met');
    assert.equal((await own.db('tasks').where({ case_id: caseId })).length, 2, 'no task reopened by the new run');
    assert.equal((await own.db('records').where({ case_id: caseId })).length, 2);
  });
});
