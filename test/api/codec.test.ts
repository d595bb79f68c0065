import assert from 'node:assert/strict';
import { Client } from '@temporalio/client';
import { startTestStack, type TestStack } from '../support/stack';
import { eventually, registration } from '../support/fixtures';

const HOUR = 3_600_000;
const b64 = (b: Uint8Array | null | undefined) => Buffer.from(b ?? new Uint8Array()).toString('base64');

describe('API: no personal data in clear in Temporal (payload codec, codec endpoint)', function () {
  this.timeout(120_000);
  let stack: TestStack;
  before(async () => {
    stack = await startTestStack();
  });
  after(async () => {
    await stack?.stop();
  });

  it('a case\'s whole history, read raw from the server, holds no name, date of birth or place in clear; the codec endpoint decodes it for a user who works on cases, and logs it', async () => {
    const at = new Date(Date.now() - HOUR).toISOString();
    const body = registration(at, [{ detainedAt: at, lastName: 'Codecova', birthDate: '1987-03-21' }]) as any;
    body.suspects[0].detentionPlace = 'Synthetic cellar nine';
    body.place = 'Synthetic lane seven';
    const kase = await stack.api('/api/cases', { method: 'POST', body });
    assert.equal(kase.status, 201, JSON.stringify(kase.body));
    await eventually(async () => (await stack.db('tasks').where({ case_id: kase.body.id })).length >= 5 || undefined, 'the tasks');
    const workflowIds: string[] = (await stack.db('tasks').where({ case_id: kase.body.id }).distinct('workflow_id')).map((r) => r.workflow_id);
    assert.ok(workflowIds.some((w) => w.includes('/')), 'the detained person\'s own instance too');

    // A client with no codec: what anyone with access to the server or its database reads.
    const raw = new Client({ connection: stack.client.connection });
    const payloads: Array<{ metadata?: Record<string, Uint8Array | null> | null; data?: Uint8Array | null }> = [];
    let dump = '';
    for (const id of workflowIds) {
      const history = await raw.workflow.getHandle(id).fetchHistory();
      dump += JSON.stringify(history, (_k, v) => (v instanceof Uint8Array ? Buffer.from(v).toString('latin1') : v));
      const input = history.events?.[0]?.workflowExecutionStartedEventAttributes?.input?.payloads ?? [];
      payloads.push(...input);
    }
    for (const secret of ['Codecova', '1987-03-21', 'Synthetic cellar nine', 'Synthetic lane seven', 'Asan']) {
      assert.equal(dump.includes(secret), false, `${secret} is in a history in clear`);
    }

    const request = { payloads: payloads.map((p) => ({ metadata: Object.fromEntries(Object.entries(p.metadata ?? {}).map(([k, v]) => [k, b64(v)])), data: b64(p.data) })) };
    assert.equal((await stack.api('/api/codec/decode', { method: 'POST', body: request, user: null })).status, 401);
    assert.equal((await stack.api('/api/codec/decode', { method: 'POST', body: request, user: 'analyst1' })).status, 403);
    const before = Number((await stack.db('access_log').where({ action: 'codec-decode' }).count('* as n').first())?.n);
    const decoded = await stack.api('/api/codec/decode', { method: 'POST', body: request, user: 'officer1' });
    assert.equal(decoded.status, 200, JSON.stringify(decoded.body));
    const clear = decoded.body.payloads.map((p: any) => Buffer.from(p.data, 'base64').toString('utf8')).join('\n');
    assert.ok(clear.includes('Codecova'), 'the Web UI shows it to a user allowed to see it');
    assert.equal(Number((await stack.db('access_log').where({ action: 'codec-decode' }).count('* as n').first())?.n), before + 1, 'the read is logged');
  });

  it('answers the Web UI\'s preflight from its own origin only', async () => {
    const ask = (origin: string) => fetch(`${stack.baseUrl}/api/codec/decode`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });
    const ui = await ask('http://127.0.0.1:8233');
    assert.equal(ui.status, 204);
    assert.equal(ui.headers.get('access-control-allow-origin'), 'http://127.0.0.1:8233');
    assert.equal(ui.headers.get('access-control-allow-credentials'), 'true');
    assert.equal((await ask('http://evil.example')).headers.get('access-control-allow-origin'), null);
  });
});
