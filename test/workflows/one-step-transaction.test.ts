import assert from 'node:assert/strict';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import type { DomainDeps } from '../../domain/deps';
import { registerCase } from '../../domain/register-case';
import { actorOf } from '../../domain/actor';
import { verifyCaseChain } from '../../db/records-repo';
import { loadCaseFacts } from '../../db/case-facts-repo';
import { recordTaskAct } from '../../domain/tasks';
import { prepareAct } from '../../casefile/prepare-act';
import { completeTaskUpdate, failureTypes } from '../../workflows/definitions';
import { keepHistory } from '../support/histories';
import { custodyMotion, eventually, registration } from '../support/fixtures';
import { useTimeSkippingWorker } from '../support/test-worker';

const HOUR = 3_600_000;

/**
 * Workflow patch `one-step-transaction`: a task's act and what follows from it (the next task,
 * the limits it closes and arms) are one local activity and one transaction. The update's answer
 * finds the next task open; an act the store refuses leaves nothing behind and the engine as it
 * was, so the same task is completed afterwards as if the refusal had not happened.
 */
describe('a task act and its projections commit together', function () {
  this.timeout(120_000);
  // A server of its own: the case it leaves running would hold the shared server's clock.
  const own = useTimeSkippingWorker('one-step', { ownServer: true });

  it('a custody decision the record store refuses changes nothing; sent again it closes the 48 hours and arms the custody term with its record, in one step', async () => {
    const { db, env, officer, judge } = own;
    // The test server's clock (it skips time: not the wall clock).
    const now = await env.currentTimeMs();
    const deps: DomainDeps = { db, temporal: env.client, taskQueue: own.taskQueue, clock: () => new Date(now), clockSkewMs: 300_000 };
    const at = new Date(now - 2 * HOUR).toISOString();
    const kase = await registerCase(deps, officer, registration(at, [{ detainedAt: at }]));
    const open = (recordType: string) => eventually(() => db('tasks').where({ case_id: kase.id, record_type: recordType, status: 'open' }).first(), `the ${recordType} task`);
    const asTask = (t: { id: string; workflow_id: string; record_type: string; person_id: string | null }) => ({ id: t.id, caseId: kase.id, workflowId: t.workflow_id, recordType: t.record_type, personId: t.person_id });
    const motion = await open('measure-motion');
    await recordTaskAct(deps, asTask(motion), officer, custodyMotion(new Date(now).toISOString()));
    const decision = await open('measure-decision');
    const state = async () => ({
      records: (await db('records').where({ case_id: kase.id }).orderBy('seq')).map((r) => r.record_type),
      tasks: (await db('tasks').where({ case_id: kase.id }).orderBy(['record_type', 'status'])).map((t) => [t.record_type, t.status]),
      deadlines: (await db('deadlines').where({ case_id: kase.id }).orderBy(['limit_id', 'status'])).map((d) => [d.limit_id, d.status]),
      facts: (await db('stat_deprivations').where({ case_id: kase.id }).orderBy(['kind', 'started_at'])).map((d) => [d.kind, d.ended_by]),
    });
    const before = await state();
    assert.deepEqual(before.deadlines.filter(([limit]) => limit === 'detention.max'), [['detention.max', 'running']]);

    // The decision is a task of the detained person's instance (a called instance of the case).
    const handle = env.client.workflow.getHandle(decision.workflow_id);
    const decided = { decidedAt: new Date(now).toISOString(), court: 'Synthetic District Court No. 2', outcome: 'custody', termMonths: 2 };
    const { data } = prepareAct({
      recordType: 'measure-decision', data: decided, taskPersonId: decision.person_id, facts: (await loadCaseFacts(db, kase.id))!,
      now, clockSkewMs: 300_000, actor: actorOf(judge),
    });
    // A NUL, which PostgreSQL cannot store in jsonb, is refused by the record's schema in the
    // activity: the API never sends one, the workflow must still survive it.
    const refused = handle.executeUpdate(completeTaskUpdate, { args: [{ taskId: decision.id, data: { ...data, court: 'Synthetic \u0000 Court' }, actor: actorOf(judge) }] });
    await assert.rejects(refused, (e: unknown) => {
      assert.ok(e instanceof WorkflowUpdateFailedError);
      assert.equal((e.cause as { type?: string })?.type, failureTypes.recordInvalid, String((e.cause as Error)?.message));
      return true;
    });
    assert.deepEqual(await state(), before, 'nothing written: no record, the task open, the limits and the statistics as they were');

    const result = await recordTaskAct(deps, asTask(decision), judge, decided);
    assert.equal(result.seq, 3);
    // Answered after one transaction: what follows from the decision is there when the update answers, not soon after.
    const after = await state();
    assert.deepEqual(after.records, ['report-registration', 'measure-motion', 'measure-decision']);
    assert.deepEqual(after.tasks.filter(([type]) => type.startsWith('measure-')), [['measure-decision', 'completed'], ['measure-motion', 'completed']]);
    assert.deepEqual(after.deadlines.filter(([limit]) => limit === 'detention.max' || limit === 'custody.term'), [['custody.term', 'running'], ['detention.max', 'met']]);
    assert.notDeepEqual(after.facts, before.facts, 'the statistics facts follow the decision in the same transaction');
    assert.deepEqual(await verifyCaseChain(db, kase.id), { valid: true, count: 3, brokenAtSeq: null });

    // One local activity for the act and its writes: one marker in the workflow task of the update (two before).
    const events = (await handle.fetchHistory()).events ?? [];
    const accepted = events.map((e, i) => (e.workflowExecutionUpdateAcceptedEventAttributes ? i : -1)).reduce((a, b) => Math.max(a, b), -1);
    const rest = events.slice(accepted);
    const taskEnd = rest.findIndex((e) => e.workflowTaskScheduledEventAttributes);
    const markers = rest.slice(0, taskEnd < 0 ? undefined : taskEnd).filter((e) => e.markerRecordedEventAttributes);
    assert.equal(markers.length, 1, `${markers.length} markers after the update was accepted`);
    await keepHistory(env, 'one-step-decision-refused-then-recorded', decision.workflow_id);
  });
});
