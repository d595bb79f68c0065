import assert from 'node:assert/strict';
import { openApiDocument } from '../../api/openapi';
import { DEMO_PASSWORD } from '../../db/seed-demo';
import { startTestStack, type TestStack } from '../support/stack';
import { custodyMotion, eventually, registration } from '../support/fixtures';
import { cellsOf, matrixUsers, needToKnow, type Cell, type RouteRule } from './need-to-know-table';

const HOUR = 3_600_000;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

interface MatrixCase { id: string; taskId: string; escalationId: string }

/** Every route of the OpenAPI document, as `METHOD /path`, with whether it needs a session. */
function documentedRoutes(): Array<{ route: string; isPublic: boolean }> {
  const paths = (openApiDocument() as { paths: Record<string, Record<string, { security?: unknown[] }>> }).paths;
  return Object.entries(paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({
    route: `${method.toUpperCase()} ${path}`, isPublic: Array.isArray(op.security) && op.security.length === 0,
  })));
}

describe('API: the need-to-know table as an executable matrix (every role x every route x own, supervised, unrelated case)', function () {
  this.timeout(240_000);
  let stack: TestStack;
  const cases: MatrixCase[] = [];
  let unitId = '';
  let syntheticUserId = '';

  before(async () => {
    stack = await startTestStack();
    // A: BSK-01, one detainee past 48 h, one before the court with a motion; B: BSK-02; C: OSH-01.
    const registrations: Array<[string, unknown]> = [
      ['officer1', registration(ago(50 * HOUR), [{ detainedAt: ago(49 * HOUR), lastName: 'Matrixov' }, { detainedAt: ago(HOUR), lastName: 'Matrixov' }])],
      ['gknb1', registration(ago(50 * HOUR), [{ detainedAt: ago(49 * HOUR), lastName: 'Matrixov' }])],
      ['officer2', { ...registration(ago(50 * HOUR), [{ detainedAt: ago(49 * HOUR), lastName: 'Matrixov' }]), region: 'osh-city' }],
    ];
    for (const [user, body] of registrations) {
      const res = await stack.api('/api/cases', { method: 'POST', body, user });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      const caseId = res.body.id as string;
      const [first] = await stack.db('persons').where({ case_id: caseId }).orderBy('ordinal');
      const release: { id: string } = await eventually(() => stack.db('tasks').where({ case_id: caseId, person_id: first.id, record_type: 'release', status: 'open' }).first('id'), 'the release task');
      const escalation: { id: string } = await eventually(() => stack.db('escalations as e').join('deadlines as d', 'd.id', 'e.deadline_id')
        .where({ 'e.case_id': caseId, 'e.severity': 'expired', 'd.limit_id': 'detention.max', 'd.person_id': first.id }).first('e.id'), 'the expiry escalation');
      cases.push({ id: caseId, taskId: release.id, escalationId: escalation.id });
    }
    const [, second] = await stack.db('persons').where({ case_id: cases[0].id }).orderBy('ordinal');
    const motion: { id: string } = await eventually(() => stack.db('tasks').where({ case_id: cases[0].id, person_id: second.id, record_type: 'measure-motion', status: 'open' }).first('id'), 'the motion task');
    const filed = await stack.api(`/api/tasks/${motion.id}/complete`, { method: 'POST', body: { data: custodyMotion(ago(60_000)) } });
    assert.equal(filed.status, 200, JSON.stringify(filed.body));
    unitId = (await stack.db('units').where({ code: 'BSK-01' }).first('id')).id;
    const created = await stack.api('/api/users', { method: 'POST', user: 'admin', body: { username: 'matrix-synthetic', fullName: 'Matrix Synthetic', role: 'analyst', unitCode: 'GPO', password: 'matrix-synthetic-password' } });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    syntheticUserId = created.body.id;
  });
  after(async () => {
    await stack?.stop();
  });

  const routes = documentedRoutes();

  it('every documented route has an entry in the table, and every entry is a documented route', () => {
    const privateRoutes = routes.filter((r) => !r.isPublic).map((r) => r.route);
    assert.deepEqual(privateRoutes.filter((r) => !needToKnow[r]), [], 'routes without an entry in test/api/need-to-know-table.ts');
    assert.deepEqual(Object.keys(needToKnow).filter((r) => !privateRoutes.includes(r)), [], 'entries for no documented route');
  });

  it('the public routes answer without a session', async () => {
    for (const { route } of routes.filter((r) => r.isPublic)) {
      const [method, path] = route.split(' ');
      const concrete = path.replace('{recordType}', 'release');
      const body = route === 'POST /api/auth/login' ? { username: 'analyst1', password: DEMO_PASSWORD } : undefined;
      const query = route === 'GET /api/law/deadline' ? '?limit=detention.max&from=2026-11-27T23:30:00%2B06:00' : '';
      const res = await stack.api(`${concrete}${query}`, { method, body, user: null });
      assert.ok(res.status < 400, `${route}: ${res.status}`);
    }
  });

  for (const [route, rule] of Object.entries(needToKnow)) {
    it(`${route}: each role as the table says`, async () => {
      const mismatches: string[] = [];
      for (const user of matrixUsers) {
        const expected = cellsOf(rule, user);
        const actual = await answers(route, rule, user, expected.length);
        if (actual.join('') !== expected.join('')) mismatches.push(`${user}: expected ${expected.join('')}, got ${actual.join('')}`);
      }
      assert.deepEqual(mismatches, []);
    });
  }

  /** What a user gets from a route, per case (A, B, C) or once. */
  async function answers(route: string, rule: RouteRule, user: string, count: number): Promise<Cell[]> {
    const [method, path] = route.split(' ');
    const out: Cell[] = [];
    for (let i = 0; i < count; i++) {
      const kase = cases[i];
      const id = rule.resource === 'task' ? kase.taskId : rule.resource === 'escalation' ? kase.escalationId : rule.resource === 'case' ? kase.id
        : path.startsWith('/api/units') ? unitId : path.startsWith('/api/statistics') ? 'persons-detained' : syntheticUserId;
      const concrete = path.replace('{id}', id).replace('{key}', 'CriminalCase').replace('{version}', '1');
      const res = await stack.api(`${concrete}${rule.query ?? ''}`, { method, body: rule.body, user });
      if (res.status === 401 || res.status >= 500) throw new Error(`${route} as ${user}: ${res.status} ${JSON.stringify(res.body)}`);
      if (res.status === 403) out.push('f');
      else if (res.status === 404) out.push('h');
      else if (rule.list) out.push((res.body.items as Array<Record<string, unknown>>).some((item) => rule.list!(item, kase.id)) ? 'o' : 'h');
      else out.push('o');
    }
    return out;
  }
});
