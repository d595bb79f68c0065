import assert from 'node:assert/strict';
import { startTestStack, type TestStack } from '../support/stack';
import { eventually, registration } from '../support/fixtures';
import { LIBERTY } from '../../bpmn/lint/liberty-record';

const HOUR = 3_600_000;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

/**
 * The board's order and its page (domain/escalations.ts, migration 013): open escalations before
 * acknowledged ones; in each, expired liberty limits, other expired limits, alerts, warnings, by
 * due instant; 100 shown unless `size` asks for up to 500, and `more` says whether others match.
 * The deadline list is paged the same way (domain/list-page.ts); the inbox shows up to 500 unless
 * asked for fewer, and says so when more are open.
 */
describe('API: the escalation board open first, the board and the deadline list in pages', function () {
  this.timeout(180_000);
  let stack: TestStack;

  before(async () => {
    stack = await startTestStack();
  });
  after(async () => {
    await stack?.stop();
  });

  // The oracle: the rank the board orders by, written out again from its documentation.
  const rank = (e: { severity: string; limitId: string | null }) =>
    e.severity === 'expired' && e.limitId && LIBERTY.test(e.limitId) ? 0 : e.severity === 'expired' ? 1 : e.severity === 'alert' ? 2 : 3;

  it('an acknowledged liberty expiry goes below every open escalation; each status in rank, then due order', async () => {
    // Held 50 hours ago: the record to the prosecutor (12 hours) and the detention (48 hours, CPC KR 94) have expired.
    const res = await stack.api('/api/cases', { method: 'POST', body: registration(ago(51 * HOUR), [{ detainedAt: ago(50 * HOUR) }]), user: 'officer1' });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    const caseId = res.body.id as string;
    const ofCase = await eventually(async () => {
      const items = (await stack.api('/api/escalations?size=500', { user: 'supervisor1' })).body.items.filter((e: any) => e.caseId === caseId);
      return items.filter((e: any) => rank(e) === 0).length >= 2 ? items : undefined;
    }, 'two expired liberty limits on the board');
    // The earlier due of the two (the record to the prosecutor, 12 hours) would lead the board until acknowledged.
    const [expired, other] = ofCase.filter((e: any) => rank(e) === 0).sort((a: any, b: any) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
    assert.equal((await stack.api(`/api/escalations/${expired.id}/acknowledge`, { method: 'POST', body: { comment: 'Synthetic: the release is being recorded.' }, user: 'supervisor1' })).status, 200);

    const board = await stack.api('/api/escalations?size=500', { user: 'supervisor1' });
    assert.equal(board.status, 200);
    const items: any[] = board.body.items;
    const key = (e: any) => [e.status === 'open' ? 0 : 1, rank(e), e.dueAt === null ? Infinity : Date.parse(e.dueAt)];
    for (let i = 1; i < items.length; i++) {
      const [a, b] = [key(items[i - 1]), key(items[i])];
      const ordered = a[0]! < b[0]! || (a[0] === b[0] && (a[1]! < b[1]! || (a[1] === b[1] && a[2]! <= b[2]!)));
      assert.ok(ordered, `#${i - 1} ${JSON.stringify(a)} before #${i} ${JSON.stringify(b)}`);
    }
    const at = items.findIndex((e) => e.id === expired.id);
    assert.equal(items[at].status, 'acknowledged');
    assert.ok(items.slice(0, at).every((e) => e.status === 'open') && items.some((e) => e.status === 'open'), 'open ones above it');
    assert.ok(items.findIndex((e) => e.id === other.id) < at, 'the later-due open expiry of the case is above it');
  });

  it('shows 100 unless asked, says whether more match, and refuses a size outside 1-500 with a 400 naming it', async () => {
    const all = (await stack.api('/api/escalations?size=500', { user: 'supervisor1' })).body;
    assert.ok(all.items.length >= 2, `${all.items.length} on the board`);
    const one = await stack.api('/api/escalations?size=1', { user: 'supervisor1' });
    assert.deepEqual([one.status, one.body.items.length, one.body.more, one.body.items[0].id], [200, 1, true, all.items[0].id]);
    const first = (await stack.api('/api/escalations?size=500', { user: 'supervisor1' })).body;
    assert.equal(first.items.length, Math.min(100, all.items.length));
    assert.equal(first.more, all.items.length > 100 || all.more);
    assert.deepEqual(first.items.map((e: any) => e.id), all.items.slice(0, first.items.length).map((e: any) => e.id), 'the first page is the start of the board');
    const filtered = await stack.api(`/api/escalations?status=open&size=${all.items.length}`, { user: 'supervisor1' });
    assert.ok(filtered.body.items.every((e: any) => e.status === 'open'));
    for (const size of ['0', '501', 'abc', '1.5', '-1']) {
      const bad = await stack.api(`/api/escalations?size=${size}`, { user: 'supervisor1' });
      assert.deepEqual([bad.status, bad.body.errors?.[0]?.path], [400, '/size'], size);
    }
  });

  it('the deadline list: nearest first, the first `size` of them with `more`, a bad size refused', async () => {
    // Held 2 hours ago: the record to the prosecutor and the 48 hours run.
    const kase = await stack.api('/api/cases', { method: 'POST', body: registration(ago(3 * HOUR), [{ detainedAt: ago(2 * HOUR) }]), user: 'officer1' });
    const all = await eventually(async () => {
      const list = (await stack.api('/api/deadlines?size=500', { user: 'officer1' })).body;
      return list.items.filter((d: any) => d.caseId === kase.body.id).length >= 2 ? list : undefined;
    }, 'the running limits of the case');
    const due = all.items.map((d: any) => Date.parse(d.dueAt));
    assert.deepEqual(due, [...due].sort((a, b) => a - b), 'nearest first');
    const two = await stack.api('/api/deadlines?size=2', { user: 'officer1' });
    assert.deepEqual([two.status, two.body.items.map((d: any) => d.id), two.body.more], [200, all.items.slice(0, 2).map((d: any) => d.id), true]);
    const first = (await stack.api('/api/deadlines', { user: 'officer1' })).body;
    assert.equal(first.items.length, Math.min(100, all.items.length));
    const bad = await stack.api('/api/deadlines?size=600', { user: 'officer1' });
    assert.deepEqual([bad.status, bad.body.errors?.[0]?.path], [400, '/size']);
  });

  it('the inbox: all its open tasks up to 500, the most urgent first, and `more` when others are open; a bad size refused', async () => {
    // Held 2 hours ago: the check, the notification, the record to the prosecutor, the motion and the decision are open.
    const kase = await stack.api('/api/cases', { method: 'POST', body: registration(ago(3 * HOUR), [{ detainedAt: ago(2 * HOUR) }]), user: 'officer1' });
    const all = await eventually(async () => {
      const list = (await stack.api('/api/tasks', { user: 'officer1' })).body;
      return list.items.filter((t: any) => t.caseId === kase.body.id).length >= 3 ? list : undefined;
    }, 'the open tasks of the case');
    assert.equal(all.more, all.items.length > 500);
    const two = await stack.api('/api/tasks?size=2', { user: 'officer1' });
    assert.deepEqual([two.status, two.body.items.map((t: any) => t.id), two.body.more], [200, all.items.slice(0, 2).map((t: any) => t.id), true]);
    for (const size of ['0', '501', 'x']) {
      const bad = await stack.api(`/api/tasks?size=${size}`, { user: 'officer1' });
      assert.deepEqual([bad.status, bad.body.errors?.[0]?.path], [400, '/size'], size);
    }
  });
});
