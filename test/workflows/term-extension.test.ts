import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { computeDeadline } from '../../law/deadline-calculus';
import { findLimit, workCalendar } from '../../law/rulebook-data';
import { skipTime } from '../../temporal/skip-time';
import { completeTaskUpdate, failureTypes } from '../../workflows/definitions';
import { startProcedureCase } from '../../simulation/start-procedure-case';
import { useTimeSkippingWorker } from '../support/test-worker';
import { eventually } from '../support/fixtures';
import { keepHistory } from '../support/histories';
import { custodyExtensionModel, extensionDecision, limitTimer, model, oneTaskScope, scope } from '../engine/model-builder';

const DAY = 86_400_000;
const HOUR = 3_600_000;

// CPC KR 115(3)-(4), 115(11): custody runs 2 months per order; the judge extends it on a motion
// filed at least 5 days before expiry; never beyond 1 year from detention. The running timer moves
// with each extension, and an extension past the year is refused before anything is recorded.
describe('running terms that move or stop: extended up to the cap, interrupted with their called instances', function () {
  this.timeout(180_000);
  // Its own server: a rejected update makes the shared test server stop skipping time.
  const own = useTimeSkippingWorker('extension', { ownServer: true });

  const actor = () => ({ userId: own.officer.id, username: own.officer.username, role: own.officer.role, unitId: own.officer.unitId });
  const rule = (id: string) => findLimit(id) ?? assert.fail(id);
  const deadline = (caseId: string, limitId: string) =>
    own.db('deadlines').where({ case_id: caseId, limit_id: limitId }).orderBy('due_at', 'desc').first();
  const openDecision = (caseId: string, notId?: string) => eventually(async () => {
    const row = await own.db('tasks').where({ case_id: caseId, record_type: 'custody-extension-decision', status: 'open' }).first();
    return row && row.id !== notId ? row : undefined;
  }, 'an open extension decision');

  it('re-arms the term after each extension, refuses one past the year with nothing recorded, and expires at the cap', async () => {
    const detainedAt = new Date(await own.env.currentTimeMs()).toISOString();
    const { caseId, handle, workflowId } = await startProcedureCase(own.db, own.env.client, own.taskQueue, own.officer, custodyExtensionModel(), { detainedAt }, { caseFile: false });
    const personId = randomUUID();
    await own.db('persons').insert({
      id: personId, case_id: caseId, role: 'suspect', last_name: 'Synthetic', first_name: 'Custody', birth_date: '1990-01-01', sex: 'male',
      is_child: false, detained_at: detainedAt, ordinal: 1,
    });
    const decision = (months: number, decidedAt: string) => extensionDecision(months, decidedAt, { personId });
    const first = computeDeadline(rule('custody.term'), detainedAt, {}, workCalendar);
    const cap = computeDeadline(rule('custody.cap'), detainedAt, {}, workCalendar);
    let task = await openDecision(caseId);
    assert.equal((await deadline(caseId, 'custody.term')).due_at.toISOString(), first.dueAt);
    // The motion deadline is anchored on the published custody deadline: 5 days before it.
    assert.equal((await deadline(caseId, 'custody.extension-motion')).due_at.getTime(), Date.parse(first.dueAt) - 5 * DAY);

    // Five extensions of 2 months: each moves the running deadline on from the last day of the term.
    let due = first.dueAt;
    for (let n = 1; n <= 5; n++) {
      await skipTime(own.env, Date.parse(due) - (await own.env.currentTimeMs()) - 7 * DAY);
      const decidedAt = new Date(await own.env.currentTimeMs()).toISOString();
      await handle.executeUpdate(completeTaskUpdate, { args: [{ taskId: task.id, data: decision(2, decidedAt), actor: actor() }] });
      const moved = await eventually(async () => {
        const row = await deadline(caseId, 'custody.term');
        return row.due_at.toISOString() !== due ? row : undefined;
      }, `extension ${n} to move the deadline`);
      assert.equal(moved.status, 'running');
      assert.ok(moved.due_at.getTime() > Date.parse(due));
      due = moved.due_at.toISOString();
      task = await openDecision(caseId, task.id);
      const motion = await eventually(async () => {
        const row = await own.db('deadlines').where({ case_id: caseId, limit_id: 'custody.extension-motion', status: 'running' }).first();
        return row?.due_at.getTime() === Date.parse(due) - 5 * DAY ? row : undefined;
      }, 'the motion deadline re-anchored');
      assert.ok(motion);
    }
    assert.equal(due, cap.dueAt, 'five extensions of 2 months reach exactly one year');

    // A sixth extension, even of one month, would pass the year: refused, nothing written.
    const recordsBefore = (await own.db('records').where({ case_id: caseId })).length;
    const refused = await handle.executeUpdate(completeTaskUpdate, {
      args: [{ taskId: task.id, data: decision(1, new Date(await own.env.currentTimeMs()).toISOString()), actor: actor() }],
    }).then(() => undefined, (e: unknown) => e);
    assert.ok(refused instanceof WorkflowUpdateFailedError, String(refused));
    assert.ok(refused.cause instanceof ApplicationFailure);
    assert.equal(refused.cause.type, failureTypes.extensionRefused);
    assert.match(refused.cause.message, /past the absolute maximum/);
    assert.equal((await own.db('records').where({ case_id: caseId })).length, recordsBefore, 'nothing recorded');
    assert.equal((await own.db('tasks').where({ id: task.id }).first()).status, 'open', 'the task stays open');
    assert.equal((await deadline(caseId, 'custody.term')).due_at.toISOString(), cap.dueAt, 'the deadline did not move');

    // The year runs out: the term fires at the cap, withdraws the decision and opens the release.
    await skipTime(own.env, Date.parse(cap.dueAt) - (await own.env.currentTimeMs()) - 1000);
    assert.equal((await deadline(caseId, 'custody.term')).status, 'running', 'a second before the cap');
    await skipTime(own.env, 1000);
    await eventually(async () => (await deadline(caseId, 'custody.term')).status === 'expired', 'the term to expire at the cap');
    await eventually(() => own.db('tasks').where({ case_id: caseId, record_type: 'release', status: 'open' }).first(), 'the release task');
    assert.equal((await own.db('tasks').where({ id: task.id }).first()).status, 'cancelled');
    await keepHistory(own.env, 'custody-extensions', workflowId);
  });

  it('an interrupted call activity cancels its called instances: their tasks are withdrawn', async () => {
    const person = oneTaskScope('PersonDetention', 'Decide', 'measure-decision');
    const m = model(scope('Case', [
      { id: 'S', type: 'startEvent' },
      { id: 'Each', type: 'callActivity', calledProcess: 'PersonDetention', boundaryEvents: ['Limit'],
        multiInstance: { collection: 'detained', elementVariable: 'person', parallel: true } },
      { id: 'Limit', type: 'boundaryTimerEvent', attachedTo: 'Each', interrupting: true, timer: limitTimer('detention.max', 'detainedAt') },
      { id: 'E', type: 'endEvent', terminate: false, escalation: null },
      { id: 'Late', type: 'endEvent', terminate: false, escalation: null },
    ], [['S', 'Each'], ['Each', 'E'], ['Limit', 'Late']]), person);
    const now = await own.env.currentTimeMs();
    const { caseId, handle, workflowId } = await startProcedureCase(own.db, own.env.client, own.taskQueue, own.officer, m, {
      detainedAt: new Date(now).toISOString(), detained: [{ label: 'Suspect 1' }, { label: 'Suspect 2' }],
    }, { caseFile: false });
    const tasks = await eventually(async () => {
      const rows = await own.db('tasks').where({ case_id: caseId, status: 'open' });
      return rows.length === 2 ? rows : undefined;
    }, 'one task per child');
    await skipTime(own.env, now + 48 * HOUR - (await own.env.currentTimeMs()));
    await eventually(async () => (await handle.describe()).status.name === 'COMPLETED', 'the case to complete');
    await eventually(async () => (await own.db('tasks').where({ case_id: caseId, status: 'cancelled' })).length === 2, 'both child tasks withdrawn');
    for (const t of tasks) {
      await eventually(async () => (await own.env.client.workflow.getHandle(t.workflow_id).describe()).status.name === 'CANCELLED', 'the child cancelled');
    }
    await keepHistory(own.env, 'call-activity-interrupted', workflowId);
  });
});
