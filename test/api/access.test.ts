import assert from 'node:assert/strict';
import { startTestStack, type TestStack } from '../support/stack';
import { eventually, registration } from '../support/fixtures';

describe('API: authentication and need-to-know', function () {
  this.timeout(120_000);
  let stack: TestStack;
  let caseId: string;
  let taskId: string;

  before(async () => {
    stack = await startTestStack();
    const at = new Date(Date.now() - 3_600_000).toISOString();
    const res = await stack.api('/api/cases', { method: 'POST', body: registration(at, [{ detainedAt: at }]), user: 'officer1' });
    caseId = res.body.id;
    taskId = (await eventually(async () => (await stack.api('/api/tasks')).body.items.find((t: any) => t.caseId === caseId), 'task')).id;
  });
  after(async () => {
    await stack?.stop();
  });

  it('answers 401 problem+json without a session, and for a forged token', async () => {
    const anon = await stack.api('/api/cases', { user: null });
    assert.equal(anon.status, 401);
    assert.match(anon.headers.get('content-type') ?? '', /problem\+json/);
    const forged = await fetch(`${stack.baseUrl}/api/me`, { headers: { authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl' } });
    assert.equal(forged.status, 401);
  });

  it('refuses a wrong password with 401 and, after repeated failures, with 429 and Retry-After', async () => {
    // A name nobody else signs in with: the throttle is shared by every API process (and every test) on this database.
    const attempt = () => stack.api('/api/auth/login', { method: 'POST', body: { username: 'throttle-synthetic', password: 'wrong' }, user: null });
    for (let i = 0; i < 5; i++) assert.equal((await attempt()).status, 401);
    const limited = await attempt();
    assert.equal(limited.status, 429);
    assert.ok(Number(limited.headers.get('retry-after')) > 0);
  });

  it('sets an httpOnly SameSite=Strict session cookie that authenticates /api/me', async () => {
    const res = await fetch(`${stack.baseUrl}/api/auth/login`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'supervisor1', password: 'icjims-demo' }),
    });
    const cookie = res.headers.get('set-cookie') ?? '';
    assert.match(cookie, /icj_session=/);
    assert.match(cookie, /HttpOnly/i);
    assert.match(cookie, /SameSite=Strict/i);
    const me = await fetch(`${stack.baseUrl}/api/me`, { headers: { cookie: cookie.split(';')[0] } });
    assert.equal(((await me.json()) as { role: string }).role, 'head-of-unit');
  });

  it("an officer of another unit gets 404 for the case, its records and its task, exactly as for an unknown id", async () => {
    for (const path of [`/api/cases/${caseId}`, `/api/cases/${caseId}/records`, `/api/cases/${caseId}/verify`, `/api/tasks/${taskId}`]) {
      assert.equal((await stack.api(path, { user: 'officer2' })).status, 404, path);
    }
    assert.equal((await stack.api('/api/cases/00000000-0000-4000-8000-000000000000', { user: 'officer2' })).status, 404);
    assert.equal((await stack.api('/api/cases/not-a-uuid')).status, 404);
    const complete = await stack.api(`/api/tasks/${taskId}/complete`, {
      method: 'POST', user: 'officer2', body: { data: { decidedAt: new Date().toISOString(), court: 'Synthetic court', outcome: 'refused' } },
    });
    assert.equal(complete.status, 404);
    assert.equal((await stack.api('/api/cases', { user: 'officer2' })).body.items.some((c: any) => c.id === caseId), false);
    assert.equal((await stack.api('/api/tasks', { user: 'officer2' })).body.items.some((t: any) => t.id === taskId), false);
  });

  it('the supervisor of the parent unit sees the case; an analyst sees no case; a supervisor cannot complete an officer task', async () => {
    assert.equal((await stack.api(`/api/cases/${caseId}`, { user: 'supervisor1' })).status, 200);
    assert.equal((await stack.api(`/api/cases/${caseId}`, { user: 'analyst1' })).status, 404);
    assert.equal((await stack.api('/api/cases', { user: 'analyst1' })).body.items.length, 0);
    const res = await stack.api(`/api/tasks/${taskId}/complete`, {
      method: 'POST', user: 'supervisor1', body: { data: { decidedAt: new Date().toISOString(), court: 'Synthetic court', outcome: 'refused' } },
    });
    assert.equal(res.status, 403);
  });

  it('logs every read of personal data', async () => {
    const before = (await stack.db('access_log').where({ case_id: caseId }).count('* as n').first())!.n as number;
    await stack.api(`/api/cases/${caseId}`);
    await stack.api(`/api/cases/${caseId}/records`);
    const rows = await stack.db('access_log').where({ case_id: caseId }).orderBy('id', 'desc').limit(2);
    assert.equal(Number((await stack.db('access_log').where({ case_id: caseId }).count('* as n').first())!.n), Number(before) + 2);
    assert.deepEqual(rows.map((r) => r.action).sort(), ['read-case-persons', 'read-case-records']);
  });

  it('the same read again within five minutes (a page reloading itself) is one read; another reader is another', async () => {
    const count = async (where: Record<string, unknown>) => Number((await stack.db('access_log').where({ case_id: caseId, ...where }).count('* as n').first())!.n);
    await stack.api(`/api/cases/${caseId}`);
    await stack.api('/api/tasks');
    const officer = (await stack.db('users').where({ username: 'officer1' }).first('id')).id;
    const [persons, tasks] = [await count({ action: 'read-case-persons', user_id: officer }), await count({ action: 'list-tasks', user_id: officer })];
    for (let i = 0; i < 3; i++) {
      await stack.api(`/api/cases/${caseId}`);
      await stack.api('/api/tasks');
    }
    assert.equal(await count({ action: 'read-case-persons', user_id: officer }), persons, 'the case page read again: no new row');
    assert.equal(await count({ action: 'list-tasks', user_id: officer }), tasks, 'the inbox read again: no new row');
    const supervisor = (await stack.db('users').where({ username: 'prosecutor1' }).first('id')).id;
    const bySupervisor = await count({ action: 'read-case-persons', user_id: supervisor });
    assert.equal((await stack.api(`/api/cases/${caseId}`, { user: 'prosecutor1' })).status, 200);
    assert.equal(await count({ action: 'read-case-persons', user_id: supervisor }), bySupervisor + 1, 'another reader is logged');
  });

  it('a legal officer cannot register a report (403) and nothing is written', async () => {
    const at = new Date().toISOString();
    const before = Number((await stack.db('cases').count('* as n').first())!.n);
    const res = await stack.api('/api/cases', { method: 'POST', body: registration(at, []), user: 'legal1' });
    assert.equal(res.status, 403);
    assert.equal(Number((await stack.db('cases').count('* as n').first())!.n), before);
  });

  it('serves health, metrics, the OpenAPI document and problem+json for unknown routes', async () => {
    const health = await stack.api('/healthz', { user: null });
    assert.equal(health.status, 200);
    assert.deepEqual(health.body.checks, { database: 'ok', temporal: 'ok' });
    const metrics = await stack.api('/metrics', { user: null });
    assert.match(metrics.body, /icj_http_request_duration_seconds/);
    const doc = await stack.api('/api/openapi.json', { user: null });
    assert.equal(doc.body.openapi, '3.1.0');
    assert.ok(doc.body.paths['/api/tasks/{id}/complete']);
    const missing = await stack.api('/api/nothing-here');
    assert.equal(missing.status, 404);
    assert.match(missing.headers.get('content-type') ?? '', /problem\+json/);
  });
});
