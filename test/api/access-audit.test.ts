import assert from 'node:assert/strict';
import { startTestStack, type TestStack } from '../support/stack';
import { eventually, registration } from '../support/fixtures';

describe('API: access accounted for: every read of personal data, list views included, and the auditor who sees them', function () {
  this.timeout(120_000);
  let stack: TestStack;
  before(async () => {
    stack = await startTestStack();
  });
  after(async () => {
    await stack?.stop();
  });

  it('the inbox, the deadlines and the board write whose data they showed; the auditor finds who read a person, by filters and as CSV', async () => {
    const at = new Date(Date.now() - 3_600_000).toISOString();
    const kase = await stack.api('/api/cases', { method: 'POST', body: registration(at, [{ detainedAt: at, lastName: 'Auditova' }]) });
    assert.equal(kase.status, 201);
    const [suspect] = await stack.db('persons').where({ case_id: kase.body.id });
    await eventually(async () => (await stack.api('/api/tasks')).body.items.some((t: any) => t.caseId === kase.body.id && t.personLabel), 'a task naming the suspect');
    await stack.api('/api/deadlines');
    await stack.api('/api/escalations?size=500', { user: 'supervisor1' });
    const officer = await stack.db('users').where({ username: 'officer1' }).first('id', 'unit_id');

    assert.equal((await stack.api('/api/audit/access', { user: 'analyst1' })).status, 403);
    assert.equal((await stack.api('/api/audit/access?person=not-a-uuid', { user: 'auditor1' })).status, 400);
    const whoRead = await stack.api(`/api/audit/access?person=${suspect.id}`, { user: 'auditor1' });
    assert.equal(whoRead.status, 200);
    const actions = new Set(whoRead.body.items.map((i: any) => `${i.username}:${i.action}`));
    for (const a of ['officer1:list-tasks', 'officer1:list-deadlines']) assert.ok(actions.has(a), `${a} in ${[...actions].join(', ')}`);
    assert.ok(whoRead.body.items.every((i: any) => i.persons.includes(suspect.id)));
    const row = whoRead.body.items.find((i: any) => i.action === 'list-tasks');
    assert.deepEqual([row.registerNumber, row.unitId], [kase.body.registerNumber, officer.unit_id]);
    const byUser = await stack.api(`/api/audit/access?user=${officer.id}&from=2026-01-01`, { user: 'auditor1' });
    assert.ok(byUser.body.items.length > 0 && byUser.body.items.every((i: any) => i.username === 'officer1'));

    const csv = await fetch(`${stack.baseUrl}/api/audit/access?person=${suspect.id}`, {
      headers: { accept: 'text/csv', authorization: `Bearer ${await stack.tokenFor('auditor1')}` },
    });
    assert.match(csv.headers.get('content-type') ?? '', /text\/csv/);
    const text = await csv.text();
    assert.match(text.split('\r\n')[0], /^at,username,full_name,role,unit,register_number,action,persons$/);
    assert.ok(text.includes(kase.body.registerNumber));
  });

  it('alerts the auditor to a user who read more distinct persons in an hour than the threshold', async () => {
    const alerts = await stack.api('/api/audit/alerts?threshold=0', { user: 'auditor1' });
    assert.equal(alerts.status, 200);
    assert.ok(alerts.body.items.some((a: any) => a.username === 'officer1' && a.persons >= 1));
    assert.equal((await stack.api('/api/audit/alerts?threshold=1000000', { user: 'auditor1' })).status, 400);
    assert.equal((await stack.api('/api/audit/alerts', { user: 'officer1' })).status, 403);
  });
});
