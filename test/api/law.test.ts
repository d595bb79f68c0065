import assert from 'node:assert/strict';
import { startTestStack, type TestStack } from '../support/stack';

describe('API: the law (rulebook and deadline calculus)', function () {
  this.timeout(120_000);
  let stack: TestStack;
  before(async () => {
    stack = await startTestStack();
  });
  after(async () => {
    await stack?.stop();
  });

  it('serves the rulebook with every limit, its article and its titles', async () => {
    const res = await stack.api('/api/law/limits', { user: null });
    assert.equal(res.status, 200);
    const detention = res.body.limits.find((l: any) => l.id === 'detention.max');
    assert.equal(detention.duration, 'PT48H');
    assert.equal(detention.childDuration, 'PT24H');
    assert.match(detention.basisText, /CPC KR 43\(2\), 100\(2\)-\(3\)/);
  });

  it('computes a deadline: a child detained at 23:30 on a Friday must be released by 23:30 on Saturday', async () => {
    const q = new URLSearchParams({ limit: 'detention.max', from: '2026-11-27T23:30:00+06:00', child: 'true' });
    const res = await stack.api(`/api/law/deadline?${q}`, { user: null });
    assert.equal(res.status, 200);
    assert.equal(res.body.dueAt, new Date('2026-11-28T23:30:00+06:00').toISOString());
    assert.equal(res.body.duration, 'PT24H');
    assert.equal(res.body.title.ru, 'Предельный срок задержания');
  });

  it('answers 422 with every problem for an unknown limit, a bad instant and a bad gravity', async () => {
    const q = new URLSearchParams({ limit: 'no.such', from: 'yesterday', gravity: 'awful' });
    const res = await stack.api(`/api/law/deadline?${q}`, { user: null });
    assert.equal(res.status, 422);
    assert.deepEqual(res.body.errors.map((e: any) => `${e.path} ${e.code}`).sort(), ['/from format', '/gravity enum', '/limit unknownLimit']);
    const child = await stack.api('/api/law/deadline?limit=detention.max&from=2026-11-27T23:30:00%2B06:00&child=maybe', { user: null });
    assert.equal(child.status, 422);
  });
});
