import { actorOf } from '../../domain/actor';
import assert from 'node:assert/strict';
import { skipTime } from '../../temporal/skip-time';
import { registerCase } from '../../domain/register-case';
import type { DomainDeps } from '../../domain/deps';
import { completeTaskUpdate } from '../../workflows/definitions';
import { useTimeSkippingWorker } from '../support/test-worker';
import { bishkekDate, eventually, registration } from '../support/fixtures';
import { fileCustodyMotion } from '../support/file-motion';
import { keepHistory } from '../support/histories';

const HOUR = 3_600_000;
const MINUTE = 60_000;

describe('detention limit (Constitution 59(4); CPC KR 100(2)-(3)) on the time-skipping server', function () {
  this.timeout(120_000);
  const own = useTimeSkippingWorker('detention', { ownServer: false });

  /** Registers a case whose one suspect was detained at the test server's current instant. */
  async function registerDetention(opts: { birthDateFrom?: (nowMs: number) => string } = {}) {
    // The test server's clock is wherever earlier tests skipped it to.
    const now = await own.env.currentTimeMs();
    const detainedAt = new Date(now).toISOString();
    const deps: DomainDeps = { db: own.db, temporal: own.env.client, taskQueue: own.taskQueue, clock: () => new Date(now), clockSkewMs: 300_000 };
    const birthDate = opts.birthDateFrom?.(now);
    const kase = await registerCase(deps, own.officer, registration(detainedAt, [{ detainedAt, birthDate }]));
    const decisionTask = await eventually(
      () => own.db('tasks').where({ case_id: kase.id, record_type: 'measure-decision', status: 'open' }).first(),
      'the measure-decision task',
    );
    return { kase, detainedAtMs: now, decisionTask };
  }

  /** A timer fires at its instant, never before; the activity it triggers follows within seconds. */
  function assertFiredAt(actual: Date, dueMs: number) {
    const late = actual.getTime() - dueMs;
    assert.ok(late >= 0 && late < 5_000, `fired ${late} ms after ${new Date(dueMs).toISOString()}`);
  }

  // The case runs the whole shipped procedure, where other acts have limits of their own; these
  // tests are about the detention limit, its deadline and the escalations raised for it.
  const detentionDeadline = (caseId: string) => own.db('deadlines').where({ case_id: caseId, limit_id: 'detention.max' }).first();
  const escalations = (caseId: string, severity?: string) =>
    own.db('escalations').where({ case_id: caseId, ...(severity ? { severity } : {}) })
      .whereIn('deadline_id', own.db('deadlines').select('id').where({ case_id: caseId, limit_id: 'detention.max' }))
      .orderBy('raised_at');

  it('at 47 h 59 min raises no expiry; at 48 h the expiry escalation and the release task exist', async () => {
    const { kase, detainedAtMs } = await registerDetention();
    const deadline = await detentionDeadline(kase.id);
    assert.equal(deadline.limit_id, 'detention.max');
    assert.equal(deadline.due_at.getTime(), detainedAtMs + 48 * HOUR);

    await skipTime(own.env, 47 * HOUR + 59 * MINUTE);
    // The warnings at 36 h and 45 h have fired by now; the expiry has not.
    const warnings = await eventually(async () => {
      const rows = await escalations(kase.id, 'warning');
      return rows.length === 2 ? rows : undefined;
    }, 'two warnings');
    assertFiredAt(warnings[0].raised_at, detainedAtMs + 36 * HOUR);
    assertFiredAt(warnings[1].raised_at, detainedAtMs + 45 * HOUR);
    assert.equal((await escalations(kase.id, 'expired')).length, 0);
    assert.equal((await own.db('deadlines').where({ id: deadline.id }).first()).status, 'running');
    assert.equal(await own.db('tasks').where({ case_id: kase.id, record_type: 'release' }).first(), undefined);

    await skipTime(own.env, MINUTE);
    const [expired] = await eventually(async () => {
      const rows = await escalations(kase.id, 'expired');
      return rows.length === 1 ? rows : undefined;
    }, 'the expiry escalation');
    assertFiredAt(expired.raised_at, detainedAtMs + 48 * HOUR);
    const supervisorUnit = await own.db('units').where({ code: 'BSK-01' }).first('id');
    assert.equal(expired.unit_id, supervisorUnit.id);
    const release = await eventually(
      () => own.db('tasks').where({ case_id: kase.id, record_type: 'release', status: 'open' }).first(),
      'the release task',
    );
    assert.ok(release);
    assert.equal((await own.db('deadlines').where({ id: deadline.id }).first()).status, 'expired');
    assert.equal((await own.db('tasks').where({ case_id: kase.id, record_type: 'measure-decision' }).first()).status, 'cancelled');
  });

  it('a custody decision recorded at 30 h stops the timer: the deadline is met and no escalation is ever raised', async () => {
    const { kase, decisionTask } = await registerDetention();
    await skipTime(own.env, 30 * HOUR);
    const handle = own.env.client.workflow.getHandle(decisionTask.workflow_id);
    const nowMs = await own.env.currentTimeMs();
    const decidedAt = new Date(nowMs).toISOString();
    // CPC 106(3), 114: the judge decides on the investigator's motion.
    await fileCustodyMotion({ db: own.db, temporal: own.env.client, taskQueue: own.taskQueue, clock: () => new Date(nowMs), clockSkewMs: 300_000 }, own.officer, kase.id, decidedAt);
    await handle.executeUpdate(completeTaskUpdate, {
      args: [{
        taskId: decisionTask.id,
        data: { decidedAt, court: 'Synthetic District Court No. 1', outcome: 'custody', termMonths: 2 },
        actor: actorOf(own.judge),
      }],
    });
    await eventually(async () => (await detentionDeadline(kase.id)).status === 'met', 'the deadline met');
    await skipTime(own.env, 30 * HOUR); // well past 48 h
    // Custody ordered: the person's procedure goes on under the custody term (CPC 115).
    await eventually(() => own.db('deadlines').where({ case_id: kase.id, limit_id: 'custody.term', status: 'running' }).first(), 'the custody term');
    assert.equal((await handle.describe()).status.name, 'RUNNING');
    assert.equal((await escalations(kase.id)).length, 0);
    assert.equal(await own.db('tasks').where({ case_id: kase.id, record_type: 'release' }).first(), undefined);
    const records = await own.db('records').where({ case_id: kase.id }).orderBy('seq');
    assert.deepEqual(records.map((r) => r.record_type), ['report-registration', 'measure-motion', 'measure-decision']);
    assert.equal((await own.db('tasks').where({ id: decisionTask.id }).first()).status, 'completed');
    // ProcedureModel v2 (named act data) with the case file in the validator: the person's instance and the case.
    await keepHistory(own.env, 'case-file-person-custody', decisionTask.workflow_id);
    await keepHistory(own.env, 'case-file-case', kase.workflowId);
  });

  it("a child's limit is 24 h (CPC KR 100(3)): nothing at 23 h 59 min, expiry at 24 h", async () => {
    // 17 years and 364 days old at detention: the last day a person is a child.
    const { kase, detainedAtMs } = await registerDetention({ birthDateFrom: (now) => bishkekDate(now, -18, +1) });
    assert.equal((await own.db('persons').where({ case_id: kase.id }).first()).is_child, true);
    const deadline = await detentionDeadline(kase.id);
    assert.equal(deadline.due_at.getTime(), detainedAtMs + 24 * HOUR);

    await skipTime(own.env, 23 * HOUR + 59 * MINUTE);
    await eventually(async () => (await escalations(kase.id, 'warning')).length === 2, 'warnings at 12 h and 21 h');
    assert.equal((await escalations(kase.id, 'expired')).length, 0);

    await skipTime(own.env, MINUTE);
    const [expired] = await eventually(async () => {
      const rows = await escalations(kase.id, 'expired');
      return rows.length === 1 ? rows : undefined;
    }, 'the expiry escalation');
    assertFiredAt(expired.raised_at, detainedAtMs + 24 * HOUR);
    await eventually(() => own.db('tasks').where({ case_id: kase.id, record_type: 'release', status: 'open' }).first(), 'the release task');
  });
});

describe('the decision task refuses bad updates (own time-skipping server)', function () {
  this.timeout(120_000);
  // Its own server: a rejected update makes the shared test server stop skipping time.
  const own = useTimeSkippingWorker('rejections', { ownServer: true });

  async function registerDetention() {
    const now = await own.env.currentTimeMs();
    const detainedAt = new Date(now).toISOString();
    const deps: DomainDeps = { db: own.db, temporal: own.env.client, taskQueue: own.taskQueue, clock: () => new Date(now), clockSkewMs: 300_000 };
    const kase = await registerCase(deps, own.officer, registration(detainedAt, [{ detainedAt }]));
    const decisionTask = await eventually(
      () => own.db('tasks').where({ case_id: kase.id, record_type: 'measure-decision', status: 'open' }).first(),
      'the measure-decision task',
    );
    return { kase, detainedAtMs: now, decisionTask };
  }

  const judgeActor = () => actorOf(own.judge);

  it('the update validator refuses a decision on custody with no motion on record (CPC 106, 114): nothing written, the motion task and its limit untouched', async () => {
    const { kase, decisionTask } = await registerDetention();
    const handle = own.env.client.workflow.getHandle(decisionTask.workflow_id);
    await assert.rejects(
      handle.executeUpdate(completeTaskUpdate, {
        args: [{ taskId: decisionTask.id, data: { decidedAt: new Date(await own.env.currentTimeMs()).toISOString(), court: 'Synthetic District Court No. 1', outcome: 'custody', termMonths: 2 }, actor: judgeActor() }],
      }),
      (e: Error & { cause?: { type?: string; details?: unknown[] } }) => {
        assert.equal(e.cause?.type, 'CaseInvariantRefused');
        assert.deepEqual((e.cause?.details?.[0] as Array<{ code: string; params: { requires: string } }>).map((d) => [d.code, d.params.requires]), [['precondition', 'measure-motion']]);
        return true;
      },
    );
    assert.equal((await own.db('records').where({ case_id: kase.id })).length, 1);
    assert.equal((await own.db('tasks').where({ id: decisionTask.id }).first()).status, 'open');
    assert.equal((await own.db('tasks').where({ case_id: kase.id, record_type: 'measure-motion' }).first()).status, 'open');
    assert.equal((await own.db('deadlines').where({ case_id: kase.id, limit_id: 'detention.to-court' }).first()).status, 'running');
  });

  it('a decision with invalid data fails the update with the field errors, writes nothing and leaves the task open', async () => {
    const { kase, decisionTask } = await registerDetention();
    const handle = own.env.client.workflow.getHandle(decisionTask.workflow_id);
    const nowMs = await own.env.currentTimeMs();
    await fileCustodyMotion({ db: own.db, temporal: own.env.client, taskQueue: own.taskQueue, clock: () => new Date(nowMs), clockSkewMs: 300_000 }, own.officer, kase.id, new Date(nowMs).toISOString());
    await assert.rejects(
      handle.executeUpdate(completeTaskUpdate, {
        args: [{
          taskId: decisionTask.id,
          data: { decidedAt: 'yesterday', court: 'Synthetic District Court No. 1', outcome: 'custody' },
          actor: judgeActor(),
        }],
      }),
      (e: Error & { cause?: { type?: string; details?: unknown[] } }) => {
        assert.equal(e.cause?.type, 'RecordValidationError');
        // details[0] carries the field errors
        const paths = (e.cause?.details?.[0] as Array<{ path: string }>).map((d) => d.path).sort();
        assert.deepEqual(paths, ['/decidedAt', '/termMonths']);
        return true;
      },
    );
    assert.equal((await own.db('records').where({ case_id: kase.id })).length, 2, 'the registration and the motion only');
    assert.equal((await own.db('tasks').where({ id: decisionTask.id }).first()).status, 'open');
  });

  it('an actor without the task role is refused by the update validator', async () => {
    const { decisionTask } = await registerDetention();
    const handle = own.env.client.workflow.getHandle(decisionTask.workflow_id);
    await assert.rejects(
      handle.executeUpdate(completeTaskUpdate, {
        args: [{
          taskId: decisionTask.id,
          data: { decidedAt: new Date().toISOString(), court: 'Synthetic District Court No. 1', outcome: 'refused' },
          actor: { userId: own.officer.id, username: 'analyst1', role: 'analyst', unitId: own.officer.unitId },
        }],
      }),
      (e: Error & { cause?: { type?: string } }) => e.cause?.type === 'RoleNotAllowed',
    );
  });
});
