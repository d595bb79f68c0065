import assert from 'node:assert/strict';
import { startTestStack, type TestStack } from '../support/stack';
import { eventually, registration } from '../support/fixtures';

const HOUR = 3_600_000;

describe('API: incidents, what cannot progress, shown to administrators and supervisors and acted on through Temporal', function () {
  this.timeout(180_000);
  let stack: TestStack;

  before(async () => {
    stack = await startTestStack();
  });
  after(async () => {
    await stack?.stop();
  });

  async function registeredCase() {
    const res = await stack.api('/api/cases', { method: 'POST', body: registration(new Date(Date.now() - HOUR).toISOString(), [{ detainedAt: new Date(Date.now() - HOUR).toISOString() }]) });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    await eventually(async () => (await stack.db('records').where({ case_id: res.body.id }).first('id')) ?? undefined, 'the registration record');
    return res.body as { id: string; workflowId: string; registerNumber: string };
  }

  it('when a case workflow is terminated, its supervisor sees it among the failed workflows, an investigator may not look, and a retry with a reason resumes it, audited', async () => {
    const kase = await registeredCase();
    await stack.client.workflow.getHandle(kase.workflowId).terminate('synthetic: broken on purpose by the test');

    const listed = await eventually(async () => {
      const res = await stack.api('/api/incidents/workflows', { user: 'supervisor1' });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      return res.body.items.find((w: any) => w.workflowId === kase.workflowId);
    }, 'the terminated workflow in the list');
    assert.equal(listed.status, 'TERMINATED');
    assert.equal(listed.caseId, kase.id);
    assert.equal(listed.registerNumber, kase.registerNumber);
    assert.equal((await stack.api('/api/incidents/workflows', { user: 'officer1' })).status, 403);
    const unrelated = await stack.api('/api/incidents/workflows', { user: 'supervisor2' });
    assert.ok(!unrelated.body.items.some((w: any) => w.workflowId === kase.workflowId), 'Osh does not see a Bishkek case');

    const path = `/api/incidents/workflows/${encodeURIComponent(kase.workflowId)}/retry`;
    const noReason = await stack.api(path, { method: 'POST', body: {}, user: 'supervisor1' });
    assert.equal(noReason.status, 400);
    assert.equal(noReason.body.errors[0].code, 'reason-required');
    const retried = await stack.api(path, { method: 'POST', body: { reason: 'The database was restored; resume the case.' }, user: 'supervisor1' });
    assert.equal(retried.status, 200, JSON.stringify(retried.body));
    const description = await stack.client.workflow.getHandle(kase.workflowId).describe();
    assert.equal(description.status.name, 'RUNNING');
    assert.equal(description.runId, retried.body.runId);
    const again = await stack.api('/api/incidents/workflows', { user: 'supervisor1' });
    assert.ok(!again.body.items.some((w: any) => w.workflowId === kase.workflowId), 'a resumed workflow is no longer listed');
    const audited = await stack.db('admin_changes').where({ entity: 'workflow', entity_id: kase.workflowId, action: 'retry-failed-workflow' }).first();
    assert.ok(audited, 'the retry is in the administration log');
    assert.equal(audited.after.reason, 'The database was restored; resume the case.');
    // The resumed case goes on: its officer still completes its tasks.
    await eventually(async () => (await stack.api('/api/tasks')).body.items.find((t: any) => t.caseId === kase.id && t.recordType === 'measure-motion'), 'the motion task after the retry');
  });

  it('an incident is retried (Temporal resets the step, audited, or says why not: 409, nothing audited) or its case workflow cancelled, with a reason, audited; a judge may do neither', async () => {
    const kase = await registeredCase();
    const [incident] = await stack.db('incidents').insert({
      case_id: kase.id, workflow_id: kase.workflowId, activity: 'applyProjections', step_key: 'synthetic-step', attempts: 7,
      error: 'Error: synthetic', first_seen: new Date(), last_seen: new Date(),
    }).returning('id');
    const id = incident.id as string;
    const listed = await stack.api('/api/incidents', { user: 'supervisor1' });
    const item = listed.body.items.find((i: any) => i.id === id);
    assert.ok(item, 'the incident is on the board');
    assert.match(item.temporalUrl, new RegExp(`/namespaces/default/workflows/${encodeURIComponent(kase.workflowId)}$`));

    assert.equal((await stack.api(`/api/incidents/${id}/retry`, { method: 'POST', body: { reason: 'try again' }, user: 'judge1' })).status, 403);
    // Whether Temporal resets the step depends on whether an activity of that type is pending at
    // that moment: reset, the retry is audited; refused, the answer says so and nothing is audited.
    const retry = await stack.api(`/api/incidents/${id}/retry`, { method: 'POST', body: { reason: 'The cause is fixed; try now.' }, user: 'supervisor1' });
    const audits = await stack.db('admin_changes').where({ entity: 'incident', entity_id: id, action: 'incident-retry' }).count('* as n').first().then((r: any) => Number(r.n));
    if (retry.status === 200) {
      assert.deepEqual(retry.body, { action: 'retry', workflowId: kase.workflowId });
      assert.equal(audits, 1, 'the retry is audited');
    } else {
      assert.equal(retry.status, 409, JSON.stringify(retry.body));
      assert.equal(retry.body.code, 'incident-not-reset');
      assert.equal(audits, 0, 'nothing done, nothing audited');
    }

    const cancel = await stack.api(`/api/incidents/${id}/cancel`, { method: 'POST', body: { reason: 'Registered twice by mistake; the other case goes on.' }, user: 'supervisor1' });
    assert.equal(cancel.status, 200, JSON.stringify(cancel.body));
    await eventually(async () => ['CANCELLED', 'COMPLETED', 'FAILED'].includes((await stack.client.workflow.getHandle(kase.workflowId).describe()).status.name), 'the workflow ended by the cancellation');
    assert.ok(await stack.db('admin_changes').where({ entity: 'incident', entity_id: id, action: 'incident-cancel' }).first(), 'the cancellation is audited');
  });
});
