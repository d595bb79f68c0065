import assert from 'node:assert/strict';
import type { DomainDeps } from '../../domain/deps';
import { registerCase } from '../../domain/register-case';
import { eventually, registration } from '../support/fixtures';
import { keepHistory } from '../support/histories';
import { useTimeSkippingWorker } from '../support/test-worker';

const HOUR = 3_600_000;

/**
 * Workflow patch `children-together`: the called instances of a case (one per detained person)
 * start in one workflow task, not one task each: a burst that fills the task queue used to delay
 * the tenth person's clocks by nine round trips through it.
 */
describe('the instances of the detained persons of a case start together', function () {
  this.timeout(120_000);
  // A server of its own: the cases it leaves running would hold the shared server's clock.
  const own = useTimeSkippingWorker('children-together', { ownServer: true });

  it('three detained suspects: their three instances are started by one workflow task, and each arms its 48 hours', async () => {
    const { db, env, officer } = own;
    const now = await env.currentTimeMs();
    const deps: DomainDeps = { db, temporal: env.client, taskQueue: own.taskQueue, clock: () => new Date(now), clockSkewMs: 300_000 };
    const at = new Date(now - 2 * HOUR).toISOString();
    const kase = await registerCase(deps, officer, registration(at, [{ detainedAt: at }, { detainedAt: at }, { detainedAt: at }]));
    await eventually(async () => {
      const n = await db('deadlines').where({ case_id: kase.id, limit_id: 'detention.max', status: 'running' }).count<{ n: string }[]>('* as n');
      return Number(n[0]!.n) === 3;
    }, "each person's 48 hours");
    const events = (await env.client.workflow.getHandle(kase.workflowId).fetchHistory()).events ?? [];
    // The workflow task that completed just before each start was initiated.
    const taskOf = (i: number) => events.slice(0, i).map((e, j) => (e.workflowTaskCompletedEventAttributes ? j : -1)).reduce((a, b) => Math.max(a, b), -1);
    const starts = events.map((e, i) => (e.startChildWorkflowExecutionInitiatedEventAttributes ? taskOf(i) : null)).filter((t) => t !== null);
    assert.equal(starts.length, 3);
    assert.equal(new Set(starts).size, 1, `started by the workflow tasks ${JSON.stringify(starts)}`);
    await keepHistory(env, 'children-together-three-detained', kase.workflowId);
  });
});
