import assert from 'node:assert/strict';
import { startTestStack, type TestStack } from '../support/stack';

describe('API: the law (rulebook, deadline calculus, Criminal Code catalogue)', function () {
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

  it('serves the Criminal Code catalogue flattened for a picker: murder, part 1, with its titles, chapter, gravity and ICCS code', async () => {
    const res = await stack.api('/api/law/criminal-code');
    assert.equal(res.status, 200);
    assert.equal(res.body.code, 'CC-KR-2021');
    assert.ok(Number.isInteger(res.body.version));
    const murder = res.body.items.find((i: any) => i.ref === 'CC 122(1)');
    assert.deepEqual(
      { article: murder.article, part: murder.part, title: murder.title, gravity: murder.gravity, iccs: murder.iccs, chapter: murder.chapterTitle.en },
      { article: 122, part: 1, title: { ru: 'Убийство', ky: 'Адам өлтүрүү', en: 'Murder' }, gravity: 'especially-grave', iccs: { code: '0101', section: '01' }, chapter: 'Crimes against life and health' },
    );
    assert.ok(res.body.items.every((i: any) => /^CC [1-9][0-9]{0,2}\([1-9][0-9]?\)$/.test(i.ref)));
    // public law, like the rulebook: the same answer without a session
    assert.deepEqual((await stack.api('/api/law/criminal-code', { user: null })).body, res.body);
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
