import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingHttpHeaders } from 'node:http';
import { metricsAllowed } from '../../api/app';
import { migrateLatest } from '../../db/knex';
import { deployShippedProcedures } from '../../domain/procedures';
import { startTestStack, type TestStack } from '../support/stack';
import { withScratchDatabase } from '../support/engines';
import { registration } from '../support/fixtures';
import { bishkekYear } from '../../law/bishkek-time';

const SHIPPED = readFileSync(join(__dirname, '..', '..', 'bpmn', 'procedures', 'criminal-case.bpmn'), 'utf8');

describe('API: the small holes closed (health, metrics, caching, numbers, dates, duplicate diagrams)', function () {
  this.timeout(120_000);
  let stack: TestStack;
  before(async () => {
    stack = await startTestStack();
  });
  after(async () => {
    await stack?.stop();
  });

  it('/healthz names what is down, never how; /metrics wants its token, or a caller on this machine when none is set', async () => {
    const health = await stack.api('/healthz', { user: null });
    assert.equal(health.status, 200);
    assert.deepEqual(Object.values(health.body.checks).filter((v) => v !== 'ok' && v !== 'unavailable'), []);
    const req = (remoteAddress: string, authorization?: string) => ({ socket: { remoteAddress }, headers: (authorization ? { authorization } : {}) as IncomingHttpHeaders });
    assert.equal(metricsAllowed(req('127.0.0.1'), null), true);
    assert.equal(metricsAllowed(req('10.1.2.3'), null), false, 'no token: not from another machine');
    assert.equal(metricsAllowed(req('10.1.2.3', 'Bearer a-metrics-token-of-length'), 'a-metrics-token-of-length'), true);
    assert.equal(metricsAllowed(req('127.0.0.1', 'Bearer wrong'), 'a-metrics-token-of-length'), false, 'a token set: loopback needs it too');
  });

  it('answers with personal data are never cached', async () => {
    const kase = await stack.api('/api/cases', { method: 'POST', body: registration(new Date(Date.now() - 3_600_000).toISOString(), [{}]) });
    for (const path of ['/api/cases', `/api/cases/${kase.body.id}`, '/api/tasks', '/api/me']) {
      assert.equal((await stack.api(path)).headers.get('cache-control'), 'no-store', path);
    }
  });

  it('a version past what PostgreSQL holds, or not a number, or an unstorable key, is no version: 404, never 500', async () => {
    for (const path of ['/api/procedures/CriminalCase/versions/2147483648', '/api/procedures/CriminalCase/versions/1e3', '/api/procedures/CriminalCase/versions/-1', '/api/procedures/%00/versions/1']) {
      assert.equal((await stack.api(path, { user: 'legal1' })).status, 404, path);
    }
    const deploy = await stack.api('/api/procedures/%00/versions', { method: 'POST', user: 'legal1', body: { xml: SHIPPED } });
    assert.deepEqual([deploy.status, deploy.body.errors?.[0]?.path], [400, '/key']);
  });

  it('what schemathesis found: an escalation id that is no id is no escalation (404), a malformed session cookie is no session (401)', async () => {
    for (const action of ['reassign', 'order-release', 'acknowledge']) {
      const res = await stack.api(`/api/escalations/null%2Cnull/${action}`, { method: 'POST', user: 'supervisor1', body: { userId: '10718bc2-136c-4a91-8881-a255ac4600d4', grounds: 'Synthetic grounds for the test' } });
      assert.deepEqual([res.status, res.body.code], [404, 'not-found'], action);
    }
    const res = await fetch(`${stack.baseUrl}/api/deadlines`, { headers: { cookie: 'icj_session=%E0%A4%A' } });
    assert.deepEqual([res.status, ((await res.json()) as { code?: string }).code], [401, 'sign-in-first']);
  });

  it('a register number Temporal already holds (a database behind its Temporal) is a 409 that says so and writes nothing, not a 500', async () => {
    const year = bishkekYear(new Date());
    const counter = await stack.db('register_counters').where({ unit_code: 'BSK-01', year }).first('value');
    const taken = `case-BSK-01-${year}-${String((counter?.value ?? 0) + 1).padStart(6, '0')}`;
    const squatter = await stack.client.workflow.start('noSuchWorkflow', { taskQueue: 'nobody-polls-this', workflowId: taken });
    try {
      const res = await stack.api('/api/cases', { method: 'POST', body: registration(new Date(Date.now() - 3_600_000).toISOString(), [{}]) });
      assert.deepEqual([res.status, res.body.code], [409, 'register-number-taken']);
      assert.equal((await stack.db('register_counters').where({ unit_code: 'BSK-01', year }).first('value'))?.value, counter?.value, 'no number taken');
    } finally {
      await squatter.terminate('test over');
    }
  });

  it('a date of birth before 1900 is refused at its field', async () => {
    const body = registration(new Date(Date.now() - 3_600_000).toISOString(), [{ birthDate: '0001-01-01' }]);
    const res = await stack.api('/api/cases', { method: 'POST', body });
    assert.equal(res.status, 422);
    assert.deepEqual(res.body.errors.map((e: any) => [e.path, e.code]), [['/suspects/0/birthDate', 'formatMinimum']]);
  });

  it('deploying the diagram of the latest version again adds no version: 200 with that version', async () => {
    const versions = async () => (await stack.api('/api/procedures', { user: 'legal1' })).body.items.find((p: any) => p.key === 'CriminalCase').versions.length;
    const latest = (await stack.api('/api/procedures', { user: 'legal1' })).body.items.find((p: any) => p.key === 'CriminalCase').latestVersion;
    const xml = (await stack.api(`/api/procedures/CriminalCase/versions/${latest}`, { user: 'legal1' })).body.xml;
    const before = await versions();
    const again = await stack.api('/api/procedures/CriminalCase/versions', { method: 'POST', user: 'legal1', body: { xml } });
    assert.deepEqual([again.status, again.body.version], [200, latest]);
    assert.equal(await versions(), before);
  });

  it('a start deploys the shipped diagram again when it changed and nobody deployed since; never over a version of legal staff', async () => {
    await withScratchDatabase('ship', async (db) => {
      await migrateLatest(db);
      const old = SHIPPED.replace(/icj:role="investigator"/g, 'icj:role="officer"');
      await db('procedures').insert({ key: 'CriminalCase', version: 1, sha256: 'old-shipped', bpmn_xml: old, model: '{}', warnings: '[]', deployed_by: null });
      await deployShippedProcedures(db);
      await deployShippedProcedures(db);
      assert.deepEqual((await db('procedures').orderBy('version').select('version', 'deployed_by')).map((r) => r.version), [1, 2], 'the upgraded shipped diagram, once');
      const [legal] = await db('users').insert({ username: 'legal-synthetic', full_name: 'Legal Synthetic', role: 'legal', unit_id: (await db('units').insert({ code: 'HQ', name: 'Synthetic HQ', kind: 'headquarters' }).returning('id'))[0].id, password_hash: 'x' }).returning('id');
      await db('procedures').insert({ key: 'CriminalCase', version: 3, sha256: 'by-legal', bpmn_xml: old, model: '{}', warnings: '[]', deployed_by: legal.id });
      await deployShippedProcedures(db);
      assert.equal(Number((await db('procedures').max('version as v').first())?.v), 3, 'a version of legal staff stays the latest');
    });
  });
});
