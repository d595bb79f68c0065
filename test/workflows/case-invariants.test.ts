import { actorOf } from '../../domain/actor';
import assert from 'node:assert/strict';
import type { DomainDeps } from '../../domain/deps';
import { registerCase } from '../../domain/register-case';
import { recordTaskAct } from '../../domain/tasks';
import { completeTaskUpdate } from '../../workflows/definitions';
import { eventually, registration } from '../support/fixtures';
import { useTimeSkippingWorker } from '../support/test-worker';

const HOUR = 3_600_000;
const MINUTE = 60_000;

/**
 * The workflow's update validator runs the same case invariants as the API: here each is sent
 * straight to the workflow (no API in front), refused and then accepted.
 */
describe('case invariants in the update validator (own time-skipping server)', function () {
  this.timeout(120_000);
  // Its own server: rejected updates make the shared test server stop skipping time.
  const own = useTimeSkippingWorker('invariants', { ownServer: true });

  async function detentionCase() {
    const now = await own.env.currentTimeMs();
    const deps: DomainDeps = { db: own.db, temporal: own.env.client, taskQueue: own.taskQueue, clock: () => new Date(now), clockSkewMs: 300_000 };
    const body = {
      ...registration(new Date(now - 3 * HOUR).toISOString(), [{ detainedAt: new Date(now - 2 * HOUR).toISOString() }]),
      victims: [{ lastName: 'Victimova', firstName: 'Aida', sex: 'female', relationshipToSuspect: 'acquaintance', birthDate: '1991-07-07' }],
    };
    const kase = await registerCase(deps, own.officer, body);
    const persons = await own.db('persons').where({ case_id: kase.id }).orderBy('ordinal');
    const task = (recordType: string) => eventually(() => own.db('tasks').where({ case_id: kase.id, record_type: recordType, status: 'open' }).first(), recordType);
    return { kase, deps, now, suspect: persons[0], victim: persons[1], task };
  }

  // Each act by the role that performs it: the judge decides on the motion, the investigator charges.
  const send = (task: { id: string; workflow_id: string; role: string }, data: Record<string, unknown>) =>
    own.env.client.workflow.getHandle(task.workflow_id).executeUpdate(completeTaskUpdate, {
      args: [{ taskId: task.id, data, actor: actorOf(task.role === 'investigating-judge' ? own.judge : own.officer) }],
    });
  async function refusedWith(task: { id: string; workflow_id: string; role: string }, data: Record<string, unknown>, code: string) {
    await assert.rejects(send(task, data), (e: Error & { cause?: { type?: string; details?: unknown[] } }) => {
      assert.equal(e.cause?.type, 'CaseInvariantRefused', e.message);
      const codes = (e.cause?.details?.[0] as Array<{ code: string }>).map((d) => d.code);
      assert.ok(codes.includes(code), `${code} in ${codes.join()}`);
      return true;
    });
  }

  it('the detention record: another person, the victim, a contradicting sex and detention moment, a sending before the detention or in the future are refused; the right one is recorded', async () => {
    const { kase, now, suspect, victim, task } = await detentionCase();
    const t = await task('detention-record-to-prosecutor');
    const who = { personId: suspect.id, sex: 'male', ageBand: '30-39', isChild: false, detainedAt: suspect.detained_at.toISOString() };
    const ok = { ...who, sentAt: new Date(now - MINUTE).toISOString(), method: 'register', prosecutorOffice: 'Synthetic district prosecutor' };
    await refusedWith(t, { ...ok, personId: '99999999-9999-4999-8999-999999999999' }, 'person-not-in-case');
    await refusedWith(t, { ...ok, personId: victim.id }, 'not-task-person');
    await refusedWith(t, { ...ok, sex: 'female' }, 'contradicts-case');
    await refusedWith(t, { ...ok, detainedAt: new Date(now - 5 * HOUR).toISOString() }, 'contradicts-case');
    await refusedWith(t, { ...ok, sentAt: new Date(now - 4 * HOUR).toISOString() }, 'before-fact');
    await refusedWith(t, { ...ok, sentAt: new Date(now + HOUR).toISOString() }, 'in-future');
    assert.equal((await own.db('records').where({ case_id: kase.id })).length, 1, 'nothing written');
    await send(t, ok);
    assert.deepEqual((await own.db('records').where({ case_id: kase.id }).orderBy('seq')).map((r) => r.record_type), ['report-registration', 'detention-record-to-prosecutor']);
  });

  it('the judge\'s decision without a motion, and a charge of the victim, are refused; with the motion on record and the suspect charged they are recorded', async () => {
    const { kase, deps, now, suspect, victim, task } = await detentionCase();
    const decision = await task('measure-decision');
    const decide = { decidedAt: new Date(now - MINUTE).toISOString(), court: 'Synthetic District Court', outcome: 'other-measure', measure: 'bail' };
    await refusedWith(decision, decide, 'precondition');
    const motion = await task('measure-motion');
    await recordTaskAct(deps, { id: motion.id, caseId: kase.id, workflowId: motion.workflow_id, recordType: 'measure-motion', personId: motion.person_id }, own.officer, {
      filedAt: new Date(now - 2 * MINUTE).toISOString(), court: 'Synthetic District Court', requestedMeasure: 'bail', crimeArticles: ['CC 205(1)'], grounds: 'Synthetic grounds.',
    });
    await send(decision, decide);

    // The case's own workflow: the charge (CPC 240) comes after the decision to open the case.
    const check = await task('check-decision');
    const charge = { personId: suspect.id, sex: 'male', ageBand: '30-39', isChild: false, chargedAt: new Date(now - MINUTE).toISOString(), crimeArticles: ['CC 205(1)'], gravity: 'less-grave', chargeSummary: 'Synthetic charge summary text.', presentation: 'presented', presentedAt: new Date(now - MINUTE).toISOString() };
    await recordTaskAct(deps, { id: check.id, caseId: kase.id, workflowId: check.workflow_id, recordType: 'check-decision', personId: null }, own.officer, {
      decidedAt: new Date(now - 5 * MINUTE).toISOString(), decision: 'open-case', crimeArticles: ['CC 205(1)'],
    });
    const chargeTask = await task('charge-decision');
    await refusedWith(chargeTask, { ...charge, personId: victim.id, sex: 'female', ageBand: '30-39' }, 'role-not-eligible');
    await send(chargeTask, charge);
    const types = (await own.db('records').where({ case_id: kase.id }).orderBy('seq')).map((r) => r.record_type);
    assert.deepEqual(types, ['report-registration', 'measure-motion', 'measure-decision', 'check-decision', 'charge-decision']);
  });
});
