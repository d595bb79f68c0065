import assert from 'node:assert/strict';
import { startTestStack, type TestStack } from '../support/stack';
import { custodyMotion, eventually, registration } from '../support/fixtures';
import { isLibertyRecord } from '../../bpmn/lint/liberty-record';

const HOUR = 3_600_000;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

describe('API: institutions and roles: tasks go to who must act, need-to-know follows the institutions', function () {
  this.timeout(180_000);
  let stack: TestStack;

  before(async () => {
    stack = await startTestStack();
  });
  after(async () => {
    await stack?.stop();
  });

  async function register(detainedAgo = 2 * HOUR) {
    const res = await stack.api('/api/cases', { method: 'POST', body: registration(ago(detainedAgo + HOUR), [{ detainedAt: ago(detainedAgo) }]), user: 'officer1' });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body as { id: string; registerNumber: string };
  }
  const taskOf = (caseId: string, recordType: string, user = 'officer1') => eventually(async () => {
    const res = await stack.api('/api/tasks', { user });
    return res.body.items.find((t: any) => t.caseId === caseId && t.recordType === recordType && t.status === 'open');
  }, `the ${recordType} task as ${user}`);
  const unitId = async (code: string) => (await stack.db('units').where({ code }).first('id')).id as string;
  const userId = async (username: string) => (await stack.db('users').where({ username }).first('id')).id as string;

  it('each task opens for the institution that performs it: the investigative unit, the court, the facility holding the person', async () => {
    const kase = await register();
    const notify = await taskOf(kase.id, 'notification');
    assert.deepEqual([notify.role, notify.unitId, notify.canAct], ['investigator', await unitId('BSK-01'), true]);
    const decision = await taskOf(kase.id, 'measure-decision');
    assert.deepEqual([decision.role, decision.unitId, decision.canAct], ['investigating-judge', await unitId('BLC'), false]);
    const person = await stack.db('persons').where({ case_id: kase.id }).first('held_in_unit_id');
    assert.equal(person.held_in_unit_id, await unitId('BIVS'), 'held in the facility of the unit (CPC 100)');
  });

  it('need-to-know: the district and city prosecutors see the case, Osh does not; the investigating judge from the motion on; the facility and the analyst see no case file', async () => {
    const kase = await register();
    const status = async (user: string) => (await stack.api(`/api/cases/${kase.id}`, { user })).status;
    assert.equal(await status('supervisor1'), 200, 'the head of the unit');
    assert.equal(await status('prosecutor1'), 200, 'the district prosecutor supervising BSK-01');
    assert.equal(await status('prosecutor2'), 200, 'the Bishkek city prosecutor, through the district office');
    for (const user of ['prosecutor3', 'supervisor2', 'officer2', 'gknb1', 'judge1', 'judge2', 'facility1', 'probation1', 'analyst1', 'legal1', 'auditor1', 'admin']) {
      assert.equal(await status(user), 404, user);
    }
    // The motion reaches the court: from then on the investigating judge of that court sees the case (CPC 106(3)).
    const motion = await taskOf(kase.id, 'measure-motion');
    assert.equal((await stack.api(`/api/tasks/${motion.id}/complete`, { method: 'POST', body: { data: custodyMotion(ago(60_000)) } })).status, 200);
    assert.equal(await status('judge1'), 200, 'the investigating judge of the court with the motion');
    assert.equal(await status('judge3'), 404, 'the Osh investigating judge');
    assert.equal(await status('judge2'), 404, 'the trial judge: no case before them yet');
    // The facility sees the person it holds and their liberty limit, not the case file.
    const deadlines = (await stack.api('/api/deadlines?size=500', { user: 'facility1' })).body.items.filter((d: any) => d.caseId === kase.id);
    assert.ok(deadlines.some((d: any) => d.limitId === 'detention.max' && d.personLabel), JSON.stringify(deadlines));
    assert.ok(deadlines.every((d: any) => isLibertyRecord(d.limitId)), 'liberty limits only');
    assert.equal((await stack.api('/api/deadlines?size=500', { user: 'facility2' })).body.items.some((d: any) => d.caseId === kase.id), false);
    assert.equal((await stack.api('/api/tasks', { user: 'facility1' })).body.items.some((t: any) => t.caseId === kase.id), false, 'no release task yet');
    assert.deepEqual((await stack.api('/api/tasks', { user: 'analyst1' })).body.items, []);
  });

  it('claim, give back, hand over, reassign: each by who may, each in task_events', async () => {
    const kase = await register();
    const task = await taskOf(kase.id, 'notification');
    const act = (user: string, path: string, body?: unknown) => stack.api(`/api/tasks/${task.id}/${path}`, { method: 'POST', user, body });
    assert.equal((await act('supervisor1', 'claim')).status, 403, 'the head of unit does not perform the investigator\'s act');
    assert.equal((await act('officer1', 'claim')).status, 200);
    assert.equal((await act('officer3', 'claim')).status, 409, 'claimed by another');
    assert.equal((await act('officer3', 'unclaim')).status, 403, 'not the holder, not a supervisor');
    const colleagues = (await stack.api(`/api/tasks/${task.id}/assignees`, { user: 'officer1' })).body.items.map((u: any) => u.fullName);
    assert.deepEqual(colleagues.sort(), ['Investigator A. Demo-Bishkek', 'Investigator H. Demo-Bishkek']);
    const toOsh = await act('officer1', 'assign', { userId: await userId('officer2') });
    assert.deepEqual([toOsh.status, toOsh.body.code], [422, 'not-assignable']);
    assert.equal((await act('officer1', 'assign', { userId: 'nope' })).status, 400);
    const handed = await act('officer1', 'assign', { userId: await userId('officer3'), note: 'Synthetic: on leave tomorrow.' });
    assert.equal(handed.status, 200);
    assert.equal(handed.body.claimedByName, 'Investigator H. Demo-Bishkek');
    assert.equal((await act('officer1', 'unclaim')).status, 403, 'no longer the holder');
    const reassigned = await act('prosecutor1', 'assign', { userId: await userId('officer1') });
    assert.equal(reassigned.status, 200, 'the supervising prosecutor reassigns (CPC 35(1))');
    assert.equal(reassigned.body.claimedByName, 'Investigator A. Demo-Bishkek');
    const released = await act('supervisor1', 'unclaim');
    assert.equal(released.status, 200, 'the head of unit gives it back to the unit (CPC 38(2))');
    assert.equal(released.body.claimedBy, null);
    assert.equal((await act('supervisor1', 'unclaim')).status, 409, 'not claimed');
    const events = await stack.db('task_events').where({ task_id: task.id }).orderBy('id').select('kind');
    assert.deepEqual(events.map((e) => e.kind), ['claim', 'assign', 'assign', 'unclaim']);
  });

  it('the inbox puts an overdue release first, due at once, for the facility holding the person; the prosecutor orders the release from the board, a recorded act', async () => {
    const kase = await register(49 * HOUR);
    const release = await taskOf(kase.id, 'release', 'facility1');
    assert.equal(release.canAct, true);
    assert.equal(release.overdueLiberty, true);
    assert.ok(release.dueAt, 'a release is due at once (CPC 100(2))');
    const facilityInbox = (await stack.api('/api/tasks', { user: 'facility1' })).body.items;
    const overdue = facilityInbox.findIndex((t: any) => !t.overdueLiberty);
    assert.ok(facilityInbox.findIndex((t: any) => t.id === release.id) < (overdue === -1 ? Infinity : overdue), 'among the overdue liberty acts that lead the facility inbox');
    assert.equal((await stack.api(`/api/cases/${kase.id}`, { user: 'facility1' })).status, 404);
    const form = (await stack.api(`/api/tasks/${release.id}`, { user: 'facility1' })).body.form;
    assert.deepEqual(form.persons.map((p: any) => p.id), [release.personId], 'only the person held');
    assert.equal((await stack.api('/api/tasks', { user: 'officer1' })).body.items.find((t: any) => t.id === release.id).canAct, false);

    const escalation = await eventually(async () => (await stack.api('/api/escalations?severity=expired&size=500', { user: 'prosecutor1' })).body.items
      .find((e: any) => e.caseId === kase.id && e.limitId === 'detention.max'), 'the expiry escalation');
    assert.deepEqual([escalation.targetUnitId, escalation.level, escalation.forMe], [await unitId('BLEN'), 0, true]);
    const cityView = (await stack.api('/api/escalations?size=500', { user: 'prosecutor2' })).body.items.find((e: any) => e.id === escalation.id);
    assert.equal(cityView.forMe, false, 'the city prosecutor sees it, not yet for them');
    assert.equal((await stack.api(`/api/escalations/${escalation.id}/order-release`, { method: 'POST', user: 'officer1', body: { grounds: 'Synthetic: past the limit.' } })).status, 403);
    const short = await stack.api(`/api/escalations/${escalation.id}/order-release`, { method: 'POST', user: 'prosecutor1', body: { grounds: 'short' } });
    assert.equal(short.status, 422);
    assert.deepEqual(short.body.errors.map((e: any) => [e.path, e.code]), [['/grounds', 'minLength']]);
    const ordered = await stack.api(`/api/escalations/${escalation.id}/order-release`, { method: 'POST', user: 'prosecutor1', body: { grounds: 'Synthetic: held past 48 hours with no custody order.' } });
    assert.equal(ordered.status, 201, JSON.stringify(ordered.body));
    const again = await stack.api(`/api/escalations/${escalation.id}/order-release`, { method: 'POST', user: 'prosecutor1', body: { grounds: 'Synthetic: held past 48 hours with no custody order.' } });
    assert.deepEqual([again.status, again.body.code], [409, 'release-already-ordered']);
    const order = await stack.db('records').where({ case_id: kase.id, record_type: 'release-order' }).first();
    assert.deepEqual([order.data.personId, order.data.orderedByRole], [release.personId, 'prosecutor']);
    const shown = (await stack.api('/api/tasks', { user: 'facility1' })).body.items.find((t: any) => t.id === release.id);
    assert.ok(shown.releaseOrderedAt, 'the facility sees the order on its release task');
    const acknowledged = (await stack.api('/api/escalations?size=500', { user: 'prosecutor1' })).body.items.find((e: any) => e.id === escalation.id);
    assert.deepEqual([acknowledged.status, acknowledged.ackComment], ['acknowledged', 'Synthetic: held past 48 hours with no custody order.']);
    const done = await stack.api(`/api/tasks/${release.id}/complete`, {
      method: 'POST', user: 'facility1', body: { data: { releasedAt: new Date().toISOString(), grounds: 'limit-expired', certificateNumber: 'REL-0099' } },
    });
    assert.equal(done.status, 200, JSON.stringify(done.body));
    assert.equal((await stack.api(`/api/cases/${kase.id}/verify`)).body.valid, true);
  });

  it('the board: filters, acknowledgement with a comment, and reassigning the escalated case to another investigator', async () => {
    const kase = await register(49 * HOUR);
    const escalation = await eventually(async () => (await stack.api('/api/escalations?size=500', { user: 'supervisor1' })).body.items
      .find((e: any) => e.caseId === kase.id && e.severity === 'expired'), 'the expiry escalation');
    assert.equal((await stack.api('/api/escalations?severity=loud', { user: 'supervisor1' })).status, 400);
    const byLimit = (await stack.api('/api/escalations?limit=custody.term&size=500', { user: 'supervisor1' })).body.items;
    assert.equal(byLimit.some((e: any) => e.id === escalation.id), false);
    const byUnit = (await stack.api(`/api/escalations?status=open&unit=${await unitId('BSK-01')}&size=500`, { user: 'supervisor1' })).body.items;
    assert.equal(byUnit.some((e: any) => e.id === escalation.id), true);
    assert.equal((await stack.api('/api/escalations?size=500', { user: 'officer1' })).status, 403);
    const moved = await stack.api(`/api/escalations/${escalation.id}/reassign`, { method: 'POST', user: 'supervisor1', body: { userId: await userId('officer3'), note: 'Synthetic: urgent.' } });
    assert.equal(moved.status, 200, JSON.stringify(moved.body));
    assert.ok(moved.body.items.length > 0 && moved.body.items.every((t: any) => t.claimedByName === 'Investigator H. Demo-Bishkek'));
    assert.equal((await stack.db('cases').where({ id: kase.id }).first('assigned_to')).assigned_to, await userId('officer3'));
    const ack = await stack.api(`/api/escalations/${escalation.id}/acknowledge`, { method: 'POST', user: 'supervisor1', body: { comment: 'Synthetic: release ordered by phone.' } });
    assert.deepEqual([ack.status, ack.body.ackComment], [200, 'Synthetic: release ordered by phone.']);
  });

  it('administration: users by role and unit kind, deactivation, password reset, the last admin stays; every change audited', async () => {
    assert.equal((await stack.api('/api/users', { user: 'officer1' })).status, 403);
    const bad = await stack.api('/api/users', { method: 'POST', user: 'admin', body: { username: 'judge-in-police', fullName: 'Judge Synthetic', role: 'judge', unitCode: 'BSK-01', password: 'a-long-enough-password' } });
    assert.deepEqual([bad.status, bad.body.errors.map((e: any) => e.code)], [422, ['role-unit-kind']]);
    const created = await stack.api('/api/users', { method: 'POST', user: 'admin', body: { username: 'inv-synthetic', fullName: 'Investigator Synthetic', role: 'investigator', unitCode: 'OSH-01', password: 'a-long-enough-password' } });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.equal((await stack.api('/api/users', { method: 'POST', user: 'admin', body: { username: 'inv-synthetic', fullName: 'Investigator Synthetic', role: 'investigator', unitCode: 'OSH-01', password: 'a-long-enough-password' } })).status, 409);
    const login = (password: string) => stack.api('/api/auth/login', { method: 'POST', user: null, body: { username: 'inv-synthetic', password } });
    assert.equal((await login('a-long-enough-password')).status, 200);
    assert.equal((await stack.api(`/api/users/${created.body.id}/password`, { method: 'POST', user: 'admin', body: { password: 'another-long-password' } })).status, 200);
    assert.equal((await login('a-long-enough-password')).status, 401);
    assert.equal((await login('another-long-password')).status, 200);
    const off = await stack.api(`/api/users/${created.body.id}`, { method: 'PATCH', user: 'admin', body: { active: false } });
    assert.deepEqual([off.status, off.body.active], [200, false]);
    assert.equal((await login('another-long-password')).status, 401, 'a deactivated user cannot sign in');

    const second = await stack.api('/api/users', { method: 'POST', user: 'admin', body: { username: 'admin-synthetic', fullName: 'Administrator Synthetic', role: 'admin', unitCode: 'GPO', password: 'a-long-enough-password' } });
    assert.equal((await stack.api(`/api/users/${second.body.id}`, { method: 'PATCH', user: 'admin', body: { active: false } })).status, 200, 'another admin remains');
    const last = await stack.api(`/api/users/${await userId('admin')}`, { method: 'PATCH', user: 'admin', body: { role: 'analyst' } });
    assert.deepEqual([last.status, last.body.code], [409, 'last-admin']);
    const changes = await stack.db('admin_changes').where({ entity: 'user', entity_id: created.body.id }).orderBy('id').select('action', 'after');
    assert.deepEqual(changes.map((c) => c.action), ['created', 'password-reset', 'deactivated']);
    assert.equal(JSON.stringify(changes).includes('another-long-password'), false, 'no password in the log');
    assert.ok((await stack.api('/api/units', { user: 'analyst1' })).body.items.some((u: any) => u.code === 'BLEN' && u.rung === 'district'));
    const probation = (await stack.api('/api/units', { user: 'admin' })).body.items.find((u: any) => u.code === 'OPRB');
    const moved = await stack.api(`/api/units/${probation.id}`, { method: 'PATCH', user: 'admin', body: { district: 'synthetic-district' } });
    assert.equal(moved.status, 200, JSON.stringify(moved.body));
    assert.deepEqual([moved.body.district, moved.body.names], ['synthetic-district', probation.names], 'a change without the name keeps its three languages');
    assert.equal((await stack.api(`/api/units/${probation.id}`, { method: 'PATCH', user: 'admin', body: { code: 'XX' } })).status, 422, 'the code never changes');
    await stack.api(`/api/units/${probation.id}`, { method: 'PATCH', user: 'admin', body: { district: probation.district } });
  });

  it('a task no institution performs (a unit with no court yet) is an incident until administrators add the relation', async () => {
    const parent = await unitId('BGUVD');
    const created = await stack.api('/api/units', { method: 'POST', user: 'admin', body: { code: 'BSK-09', name: 'Synthetic investigative unit', kind: 'investigative-unit', agency: 'interior-ministry', parentId: parent, region: 'bishkek', district: null } });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const user = await stack.api('/api/users', { method: 'POST', user: 'admin', body: { username: 'inv-nine', fullName: 'Investigator Synthetic Nine', role: 'investigator', unitCode: 'BSK-09', password: 'a-long-enough-password' } });
    assert.equal(user.status, 201);
    // Signed in with the password the administrator set (the demo password is for demo users only).
    const login = await stack.api('/api/auth/login', { method: 'POST', user: null, body: { username: 'inv-nine', password: 'a-long-enough-password' } });
    const registered = await fetch(`${stack.baseUrl}/api/cases`, {
      method: 'POST', headers: { authorization: `Bearer ${login.body.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(registration(ago(3 * HOUR), [{ detainedAt: ago(2 * HOUR) }])),
    });
    const res = { status: registered.status, body: await registered.json() as any };
    assert.equal(res.status, 201, JSON.stringify(res.body));
    const decision = await eventually(() => stack.db('tasks').where({ case_id: res.body.id, record_type: 'measure-decision', status: 'open' }).first(), 'the decision task');
    assert.equal(decision.unit_id, null);
    const incident = await eventually(() => stack.db('incidents').where({ case_id: res.body.id, activity: 'performer', step_key: decision.id }).whereNull('resolved_at').first(), 'the incident');
    assert.equal(incident.error, "no court for the case's unit");
    const linked = await stack.api(`/api/units/${created.body.id}`, { method: 'PATCH', user: 'admin', body: { relations: { court: await unitId('BLC') } } });
    assert.equal(linked.status, 200, JSON.stringify(linked.body));
    assert.equal((await stack.db('tasks').where({ id: decision.id }).first()).unit_id, await unitId('BLC'));
    assert.ok((await stack.db('incidents').where({ id: incident.id }).first()).resolved_at, 'resolved');
  });

  it('GET /api/me tells each role what it may do; an analyst may not register a report', async () => {
    const me = async (user: string) => (await stack.api('/api/me', { user })).body;
    assert.deepEqual([(await me('analyst1')).can.registerCase, (await me('officer1')).can.registerCase, (await me('prosecutor1')).can.board], [false, true, true]);
    assert.equal((await me('prosecutor1')).ladderAuthority, 'district-or-city-prosecutor');
    assert.equal((await me('prosecutor2')).ladderAuthority, 'oblast-bishkek-osh-prosecutor');
    const res = await stack.api('/api/cases', { method: 'POST', body: registration(ago(HOUR), []), user: 'analyst1' });
    assert.deepEqual([res.status, res.body.code], [403, 'role-cannot-register']);
  });
});
