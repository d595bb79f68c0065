import assert from 'node:assert/strict';
import { libertyAlarms } from '../../liberty/liberty-alarms';
import { runLibertyWatchdog, WATCHDOG } from '../../liberty/liberty-watchdog-run';
import { completeByApi } from '../ui/complete-by-api';
import { eventually, registration } from '../support/fixtures';
import { startTestStack, type TestStack } from '../support/stack';

const HOUR = 3_600_000;

describe('the liberty watchdog: nobody held without a clock', function () {
  this.timeout(120_000);

  it('the rule: a held person needs a running liberty limit or an open release task, and a running workflow', () => {
    const held = (personId: string) => ({ caseId: 'c', personId, workflowId: `w-${personId}`, kind: 'detention' as const, since: '2026-12-01T10:00:00Z' });
    const alarms = libertyAlarms([held('clock'), held('release'), held('none'), held('stopped')], {
      runningLimits: new Set(['clock', 'stopped']), openReleaseTasks: new Set(['release']), runningWorkflows: new Set(['w-clock', 'w-release', 'w-none']),
    });
    assert.deepEqual(alarms.map((a) => [a.personId, a.reason]), [['none', 'no-liberty-clock'], ['stopped', 'workflow-not-running']]);
    assert.deepEqual(libertyAlarms([held('stopped')], { runningLimits: new Set(['stopped']), openReleaseTasks: new Set(), runningWorkflows: null }), [], 'Temporal unreachable: no workflow alarm');
  });

  describe('on cases broken on purpose', () => {
    let stack: TestStack;
    const temporal = () => ({ namespace: 'default', workflowService: stack.client.workflowService });
    before(async () => {
      stack = await startTestStack();
    });
    after(async () => {
      await stack?.stop();
    });

    async function detainedCase(): Promise<{ id: string; registerNumber: string; workflowId: string; personId: string }> {
      const created = await stack.api('/api/cases', { method: 'POST', body: registration(new Date(Date.now() - 2 * HOUR).toISOString(), [{ detainedAt: new Date(Date.now() - 3 * HOUR).toISOString() }]) });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      await eventually(async () => (await stack.db('stat_deadlines').where({ case_id: created.body.id, limit_id: 'detention.max', status: 'running' }).first()) ?? false, 'the detention clock running');
      const person = await stack.db('persons').where({ case_id: created.body.id, role: 'suspect' }).first('id');
      return { ...created.body, personId: person.id };
    }
    const mine = (report: Awaited<ReturnType<typeof runLibertyWatchdog>>, personId: string) => report.alarms.filter((a) => a.personId === personId).map((a) => a.reason);

    it('a detained person whose clocks a refusal cancelled, with no release on record, raises an incident and an alert on the board, once', async () => {
      const kase = await detainedCase();
      assert.deepEqual(mine(await runLibertyWatchdog(stack.db, new Date(), temporal()), kase.personId), [], 'a running 48-hour limit: covered');
      await completeByApi(stack, kase.id, 'check-decision', {
        decidedAt: new Date(Date.now() - 60_000).toISOString(), registerNumber: kase.registerNumber, decision: 'refuse-to-open', refusalGrounds: 'no-event', reasons: 'Synthetic refusal.', applicantCopy: 'no-applicant',
      });
      await eventually(async () => (await stack.db('deadlines').where({ case_id: kase.id, limit_id: 'detention.max', status: 'cancelled' }).first()) ?? false, 'the detention clock cancelled');
      const report = await runLibertyWatchdog(stack.db, new Date(), temporal());
      assert.deepEqual(mine(report, kase.personId), ['no-liberty-clock']);
      const incident = await stack.db('incidents').where({ case_id: kase.id, activity: WATCHDOG }).whereNull('resolved_at').first();
      assert.ok(incident, 'an open incident on the case');
      const board = await stack.api('/api/escalations?size=500', { user: 'supervisor1' });
      const alerts = board.body.items.filter((e: { caseId: string; severity: string }) => e.caseId === kase.id && e.severity === 'alert');
      assert.equal(alerts.length, 1, 'an alert for the head of unit');
      await runLibertyWatchdog(stack.db, new Date(), temporal());
      assert.equal((await stack.db('escalations').where({ case_id: kase.id, severity: 'alert' })).length, 1, 'raised once');
      assert.equal((await stack.db('incidents').where({ case_id: kase.id, activity: WATCHDOG })).length, 1);
    });

    it("a detained person whose case workflow was terminated raises 'workflow-not-running'", async () => {
      const kase = await detainedCase();
      await stack.client.workflow.getHandle(kase.workflowId).terminate('broken on purpose by the watchdog test');
      const report = await runLibertyWatchdog(stack.db, new Date(), temporal());
      assert.deepEqual(mine(report, kase.personId), ['workflow-not-running']);
      assert.equal((await stack.api('/api/escalations?size=500', { user: 'supervisor1' })).body.items.filter((e: { caseId: string }) => e.caseId === kase.id).length, 1);
    });
  });
});
