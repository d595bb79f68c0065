import assert from 'node:assert/strict';
import { temporal } from '@temporalio/proto';
import type { DomainDeps } from '../../domain/deps';
import { registerCase } from '../../domain/register-case';
import { recordTaskAct } from '../../domain/tasks';
import { skipTime } from '../../temporal/skip-time';
import { keepHistory } from '../support/histories';
import { custodyMotion, eventually, registration } from '../support/fixtures';
import { useTimeSkippingWorker } from '../support/test-worker';

const HOUR = 3_600_000;
const MINUTE = 60_000;
const TIMER_OR_UPSERT = ['TIMER_STARTED', 'TIMER_CANCELED', 'UPSERT_WORKFLOW_SEARCH_ATTRIBUTES'];

/**
 * Workflow patch `quiet-wake-ups`: the timer of a case's next limit outlives the act that leaves
 * that limit first; only an act that moves the next instant (or the stage) writes a timer or an
 * upsert. The kept timer still fires at its instant, to the minute.
 */
describe('an act that leaves the next limit where it was writes no timer and no upsert', function () {
  this.timeout(120_000);
  // A server of its own: the case it leaves running would hold the shared server's clock.
  const own = useTimeSkippingWorker('quiet', { ownServer: true });

  it('notifying the family keeps the 12-hour timer of the record to the prosecutor, which fires at 12 h; the motion, which arms an earlier limit, moves it', async () => {
    const { db, env, officer } = own;
    const now = await env.currentTimeMs();
    const deps: DomainDeps = { db, temporal: env.client, taskQueue: own.taskQueue, clock: () => new Date(now), clockSkewMs: 300_000 };
    const detainedAtMs = now - 2 * HOUR;
    const at = new Date(detainedAtMs).toISOString();
    const kase = await registerCase(deps, officer, registration(at, [{ detainedAt: at }]));
    const open = (elementId: string) => eventually(() => db('tasks').where({ case_id: kase.id, element_id: elementId, status: 'open' }).first(), `the ${elementId} task`);
    const asTask = (t: { id: string; workflow_id: string; record_type: string; person_id: string | null }) => ({ id: t.id, caseId: kase.id, workflowId: t.workflow_id, recordType: t.record_type, personId: t.person_id });
    const notify = await open('NotifyFamily');
    const motion = await open('MotionToCourt');
    // The detained person's instance (a called instance of the case) keeps the detention limits.
    const handle = env.client.workflow.getHandle(notify.workflow_id);
    const eventTypes = async () => ((await handle.fetchHistory()).events ?? []).map((e) => (temporal.api.enums.v1.EventType[e.eventType ?? 0] ?? '').replace(/^EVENT_TYPE_/, ''));
    const idle = async () => {
      // Until the history stops growing: the step's workflow task and any wake-up after it.
      let last = -1;
      for (let stable = 0; stable < 3; ) {
        await new Promise((r) => setTimeout(r, 200));
        const length = (await handle.describe()).historyLength;
        stable = length === last ? stable + 1 : 0;
        last = length;
      }
      return eventTypes();
    };
    const toProsecutor = await eventually(() => db('deadlines').where({ case_id: kase.id, limit_id: 'detention.record-to-prosecutor' }).first(), 'the 12-hour limit');
    assert.equal(toProsecutor.due_at.getTime(), detainedAtMs + 12 * HOUR);

    const beforeNotify = (await idle()).length;
    await recordTaskAct(deps, asTask(notify), officer, { recipient: 'close-relative', method: 'phone', notifiedAt: new Date(now).toISOString(), outcome: 'notified' });
    const afterNotify = await idle();
    const notifyEvents = afterNotify.slice(beforeNotify);
    assert.ok(notifyEvents.includes('MARKER_RECORDED'), `the act was recorded: ${notifyEvents.join(', ')}`);
    assert.deepEqual(notifyEvents.filter((t) => TIMER_OR_UPSERT.includes(t)), [], `no timer and no upsert: ${notifyEvents.join(', ')}`);

    // The kept timer fires at its instant: nothing at 11 h 59 min from detention, the expiry at 12 h.
    await skipTime(env, 12 * HOUR - 2 * HOUR - MINUTE);
    assert.equal((await db('deadlines').where({ id: toProsecutor.id }).first()).status, 'running');
    await skipTime(env, MINUTE);
    const expired = await eventually(async () => {
      const row = await db('deadlines').where({ id: toProsecutor.id }).first();
      return row.status === 'expired' ? row : undefined;
    }, 'the 12-hour limit expired');
    assert.equal(expired.status, 'expired');

    // The motion arms the judge's limit, earlier than the next detention limit: the timer moves.
    const beforeMotion = (await idle()).length;
    const filedAt = new Date(await env.currentTimeMs()).toISOString();
    await recordTaskAct({ ...deps, clock: () => new Date(filedAt) }, asTask(motion), officer, custodyMotion(filedAt));
    const motionEvents = (await idle()).slice(beforeMotion);
    assert.ok(motionEvents.includes('TIMER_STARTED') && motionEvents.includes('TIMER_CANCELED'), `the timer moved: ${motionEvents.join(', ')}`);
    await keepHistory(env, 'quiet-wake-up-notify-then-motion', notify.workflow_id);
  });
});
