import assert from 'node:assert/strict';
import { skipTime } from '../../temporal/skip-time';
import { registerCase } from '../../domain/register-case';
import type { DomainDeps } from '../../domain/deps';
import { acknowledgeEscalation, listEscalations } from '../../domain/escalations';
import { listTasks } from '../../domain/task-queries';
import { useTimeSkippingWorker } from '../support/test-worker';
import { demoUser, eventually, registration } from '../support/fixtures';

const HOUR = 3_600_000;
const MINUTE = 60_000;

describe('the escalation chain (CPC KR 100(2), 38(2)(3), 35) on its own time-skipping server', function () {
  this.timeout(120_000);
  // Its own server: it moves the clock by days, which would fire the timers of other suites' cases, whose workers have stopped.
  const own = useTimeSkippingWorker('escalation-chain', { ownServer: true });

  async function detentionAt48h() {
    const now = await own.env.currentTimeMs();
    const deps: DomainDeps = { db: own.db, temporal: own.env.client, taskQueue: own.taskQueue, clock: () => new Date(now), clockSkewMs: 300_000 };
    const kase = await registerCase(deps, own.officer, registration(new Date(now).toISOString(), [{ detainedAt: new Date(now).toISOString() }]));
    await eventually(() => own.db('deadlines').where({ case_id: kase.id, limit_id: 'detention.max' }).first(), 'the 48-hour limit');
    await skipTime(own.env, 48 * HOUR + MINUTE);
    const expired: { id: string; target_unit_id: string; level: number } = await eventually(() => own.db('escalations as e').join('deadlines as d', 'd.id', 'e.deadline_id')
      .where({ 'e.case_id': kase.id, 'e.severity': 'expired', 'd.limit_id': 'detention.max' }).first('e.*'), 'the expiry escalation');
    // Queries read the test server's clock, which is ahead of the real one.
    const later = await own.env.currentTimeMs();
    return { kase, expired, deps: { ...deps, clock: () => new Date(later) } };
  }
  const unitId = async (code: string) => (await own.db('units').where({ code }).first('id')).id as string;
  const escalation = (id: string) => own.db('escalations').where({ id }).first();

  it('at 48 h with no custody order: the facility holding the person has the release task, the head of unit and the district prosecutor the escalation; unacknowledged, it climbs to the city prosecutor, then the Prosecutor General\'s Office', async () => {
    const { kase, expired, deps } = await detentionAt48h();
    const facility = await demoUser(own.db, 'facility1');
    const release = await eventually(async () => (await listTasks(deps, facility, { status: 'open' })).find((t) => t.caseId === kase.id && t.recordType === 'release'), 'the release task');
    assert.deepEqual([release.role, release.unitId, release.canAct, release.overdueLiberty], ['facility-officer', await unitId('BIVS'), true, true]);
    assert.equal((await listTasks(deps, await demoUser(own.db, 'facility2'), { status: 'open' })).some((t) => t.caseId === kase.id), false, 'not the Osh facility');

    assert.deepEqual([expired.target_unit_id, expired.level], [await unitId('BLEN'), 0]);
    for (const username of ['supervisor1', 'prosecutor1']) {
      const board = await listEscalations(deps, await demoUser(own.db, username), { status: 'open' });
      assert.ok(board.some((e) => e.id === expired.id && e.forMe), `${username} has it`);
    }
    assert.equal((await listEscalations(deps, await demoUser(own.db, 'supervisor2'))).some((e) => e.id === expired.id), false);

    // org/escalation-policy.json: an expired detention limit waits 1 hour for acknowledgement.
    // Raised at 48 h; the clock is at 48 h 1 min.
    await skipTime(own.env, 57 * MINUTE);
    assert.equal((await escalation(expired.id)).level, 0, 'not before the hour');
    await skipTime(own.env, 3 * MINUTE);
    const climbed = await eventually(async () => ((await escalation(expired.id)).level === 1 ? escalation(expired.id) : undefined), 'one rung up');
    assert.equal(climbed.target_unit_id, await unitId('BSK'), 'the Bishkek city prosecutor');
    const city = await listEscalations(deps, await demoUser(own.db, 'prosecutor2'), { id: expired.id });
    assert.equal(city[0].forMe, true);
    await skipTime(own.env, HOUR + MINUTE);
    const top = await eventually(async () => ((await escalation(expired.id)).level === 2 ? escalation(expired.id) : undefined), 'the top rung');
    assert.equal(top.target_unit_id, await unitId('GPO'));
    await skipTime(own.env, 3 * HOUR);
    assert.equal((await escalation(expired.id)).level, 2, 'no rung above the Prosecutor General\'s Office');
  });

  it('acknowledged within the hour, it stays where it is', async () => {
    const { expired, deps } = await detentionAt48h();
    await acknowledgeEscalation(deps, await demoUser(own.db, 'supervisor1'), expired.id, { comment: 'Synthetic: release under way.' });
    await skipTime(own.env, 3 * HOUR);
    const after = await escalation(expired.id);
    assert.deepEqual([after.status, after.level, after.ack_comment], ['acknowledged', 0, 'Synthetic: release under way.']);
  });
});
