import assert from 'node:assert/strict';
import { actorOf } from '../../domain/actor';
import { completeTaskUpdate } from '../../workflows/definitions';
import { startProcedureCase } from '../../simulation/start-procedure-case';
import { detentionModel } from '../engine/model-builder';
import { useTimeSkippingWorker } from '../support/test-worker';
import { eventually } from '../support/fixtures';

describe('a case pinned to a model of the officer/supervisor era (own time-skipping server)', function () {
  this.timeout(120_000);
  const own = useTimeSkippingWorker('legacy-roles', { ownServer: true });

  it('its tasks go to the role of the act, in the institution of the case: the judge decides, the investigator may not', async () => {
    const legacy = JSON.parse(JSON.stringify(detentionModel()).replace(/"role":"investigator"/g, '"role":"officer"'));
    const now = await own.env.currentTimeMs();
    const { caseId, workflowId } = await startProcedureCase(own.db, own.env.client, own.taskQueue, own.officer, legacy, {
      detainedAt: new Date(now).toISOString(), isChild: false,
    }, { caseFile: false });
    const task = await eventually(() => own.db('tasks').where({ case_id: caseId, record_type: 'measure-decision', status: 'open' }).first(), 'the decision task');
    const court = await own.db('units').where({ code: 'BLC' }).first('id');
    assert.deepEqual([task.role, task.unit_id], ['investigating-judge', court.id]);
    const handle = own.env.client.workflow.getHandle(workflowId);
    const data = { decidedAt: new Date(now).toISOString(), court: 'Synthetic District Court', outcome: 'custody', termMonths: 2 };
    await assert.rejects(handle.executeUpdate(completeTaskUpdate, { args: [{ taskId: task.id, data, actor: actorOf(own.officer) }] }),
      (e: Error & { cause?: { type?: string } }) => e.cause?.type === 'RoleNotAllowed');
    await handle.executeUpdate(completeTaskUpdate, { args: [{ taskId: task.id, data, actor: actorOf(own.judge) }] });
    assert.equal((await own.db('tasks').where({ id: task.id }).first()).status, 'completed');
  });
});
