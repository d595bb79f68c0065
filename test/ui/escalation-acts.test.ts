import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { en } from '../../ui/src/i18n/en';
import { interpolate } from '../../ui/src/i18n/interpolate';
import { eventually, registration } from '../support/fixtures';
import type { TestStack } from '../support/stack';
import { signInInEnglish } from './browser';
import { screenshot, useBrowserSuite } from './browser-suite';
import { waitForTaskRow } from './inbox-task-row';

const HOUR = 3_600_000;

interface Escalated {
  caseId: string;
  registerNumber: string;
  escalationId: string;
}

/**
 * Registers (as officer1, unit BSK-01) a case whose suspect Testov A. was detained `hoursAgo`
 * hours ago, and waits for the expired escalation of `limitId` on prosecutor1's board.
 */
async function expiredEscalation(stack: TestStack, hoursAgo: number, limitId: string): Promise<Escalated> {
  const now = Date.now();
  const created = await stack.api('/api/cases', {
    method: 'POST',
    body: registration(new Date(now - (hoursAgo + 1) * HOUR).toISOString(), [{ detainedAt: new Date(now - hoursAgo * HOUR).toISOString(), lastName: 'Testov' }]),
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const { id: caseId, registerNumber } = created.body as { id: string; registerNumber: string };
  const escalation = await eventually(async () => {
    const board = await stack.api('/api/escalations?size=500', { user: 'prosecutor1' });
    assert.equal(board.status, 200, JSON.stringify(board.body));
    return (board.body.items as Array<{ id: string; caseId: string; limitId: string | null; severity: string }>)
      .find((e) => e.caseId === caseId && e.limitId === limitId && e.severity === 'expired');
  }, `the expired escalation of ${limitId}`, 30_000);
  return { caseId, registerNumber, escalationId: escalation.id };
}

describe('browser escalation acts: the supervising prosecutor filters the board, acknowledges, reassigns and orders a release', function () {
  this.timeout(180_000);
  const suite = useBrowserSuite();
  let stack: TestStack;
  let page: Page;
  beforeEach(function () {
    ({ stack, page } = suite);
  });

  it('when prosecutor1 filters the board to expired escalations, sees where one climbed and acknowledges it with a comment, the comment is shown on the board, also after a reload', async function () {
    // given: the 12 hours to send the detention record are over
    const kase = await expiredEscalation(stack, 13, 'detention.record-to-prosecutor');
    const comment = 'Synthetic: the record went by courier, the register entry follows.';
    // and: nobody acknowledged it in time, so it climbed one rung, to the Bishkek city prosecutor's office
    const city = await stack.db('units').where({ code: 'BSK' }).first('id');
    await stack.db('escalations').where({ id: kase.escalationId }).update({ level: 1, target_unit_id: city.id });
    try {
      await signInInEnglish(page, stack.baseUrl, 'prosecutor1');
      await page.goto(`${stack.baseUrl}/escalations`);

      // when: only expired escalations are asked for
      await page.getByTestId('board-filter-severity').selectOption('expired');
      await page.waitForURL('**/escalations?severity=expired');
      const row = page.locator(`[data-testid="escalation-row"][data-escalation-id="${kase.escalationId}"]`);
      await row.waitFor();
      const severities = await page.locator('[data-testid="escalation-row"]').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.severity));
      assert.ok(severities.length > 0 && severities.every((s) => s === 'expired'), severities.join(' '));
      assert.match(((await row.getByTestId('escalation-unit').textContent()) ?? '').trim(), /Investigative Unit, Leninsky District Police/);
      const level = row.getByTestId('escalation-level');
      assert.equal(await level.getAttribute('data-level'), '1');
      const climbed = ((await level.textContent()) ?? '').trim();
      assert.ok(climbed.includes(interpolate(en['escalations.escalatedTo'], { office: "Bishkek City Prosecutor's Office (demo)" })), climbed);
      assert.ok(climbed.includes(interpolate(en['escalations.level'], { level: 1 })), climbed);
      // a late record holds no one longer: nothing to release for it
      assert.equal(await row.getByTestId('escalation-order-release').count(), 0);

      // and: acknowledges it with a comment
      await row.getByTestId('escalation-acknowledge').click();
      const form = page.getByTestId('acknowledge-form');
      await form.locator('[id="field-.comment"]').fill(comment);
      await screenshot(page, 'escalation-acknowledge-form.png');
      await form.getByRole('button', { name: en['escalations.acknowledgeSubmit'] }).click();

      // then: acknowledged, the comment beside it
      await page.locator(`[data-testid="escalation-row"][data-escalation-id="${kase.escalationId}"][data-status="acknowledged"]`).waitFor();
      assert.equal(((await row.getByTestId('ack-comment').textContent()) ?? '').trim(), interpolate(en['escalations.ackComment'], { comment }));
      await page.reload();
      await row.getByTestId('ack-comment').filter({ hasText: comment }).waitFor();
      assert.equal(await row.getByTestId('escalation-acknowledge').count(), 0);
    } finally {
      await screenshot(page, 'escalation-acknowledged.png');
    }
  });

  it('when prosecutor1 reassigns the escalated case from the board to officer3, its open investigator tasks are his', async function () {
    // given: officer1 holds the case's task of sending the record, whose 12 hours are over
    const kase = await expiredEscalation(stack, 13, 'detention.record-to-prosecutor');
    const task = ((await stack.api('/api/tasks')).body.items as Array<{ id: string; caseId: string; recordType: string }>)
      .find((t) => t.caseId === kase.caseId && t.recordType === 'detention-record-to-prosecutor');
    assert.ok(task);
    assert.equal((await stack.api(`/api/tasks/${task.id}/claim`, { method: 'POST' })).status, 200);
    try {
      await signInInEnglish(page, stack.baseUrl, 'prosecutor1');
      await page.goto(`${stack.baseUrl}/escalations`);
      const row = page.locator(`[data-testid="escalation-row"][data-escalation-id="${kase.escalationId}"]`);
      await row.getByTestId('escalation-reassign').click();
      const form = page.getByTestId('reassign-form');
      const select = form.locator('[id="field-.userId"]');
      await select.waitFor();
      const options = await select.locator('option').allTextContents();
      await select.selectOption({ label: options.find((o) => o.startsWith('Investigator H. Demo-Bishkek'))! });
      await screenshot(page, 'escalation-reassign-form.png');
      await form.getByRole('button', { name: en['escalations.reassignSubmit'] }).click();

      // then: said on the board, and officer3 holds the task
      await page.getByTestId('notice').filter({ hasText: interpolate(en['escalations.reassigned'], { case: kase.registerNumber, name: 'Investigator H. Demo-Bishkek' }) }).waitFor();
      const after = await stack.api(`/api/tasks/${task.id}`, { user: 'officer3' });
      assert.equal(after.status, 200, JSON.stringify(after.body));
      assert.equal(after.body.claimedByName, 'Investigator H. Demo-Bishkek');
    } finally {
      await screenshot(page, 'escalation-reassigned.png');
    }
  });

  it('when the 48 hours of detention are over, prosecutor1 orders the release from the board (too short grounds refused first) and the facility sees the order on its release task', async function () {
    // given: a suspect detained 49 hours ago, with no custody order
    const kase = await expiredEscalation(stack, 49, 'detention.max');
    try {
      await signInInEnglish(page, stack.baseUrl, 'prosecutor1');
      await page.goto(`${stack.baseUrl}/escalations?limit=detention.max`);
      const row = page.locator(`[data-testid="escalation-row"][data-escalation-id="${kase.escalationId}"]`);
      await row.getByTestId('escalation-order-release').click();
      const form = page.getByTestId('order-release-form');

      // when: too short grounds, then: refused beside them
      await form.locator('[id="field-.grounds"]').fill('late');
      await form.getByRole('button', { name: en['escalations.orderReleaseSubmit'] }).click();
      await form.locator('[data-path="/grounds"] [data-testid="form-error"]').waitFor();
      await screenshot(page, 'escalation-release-refused.png');

      // when: proper grounds
      await form.locator('[id="field-.grounds"]').fill('Synthetic: 48 hours passed without a custody order (CPC KR 100(2)).');
      await form.getByRole('button', { name: en['escalations.orderReleaseSubmit'] }).click();
      await page.getByTestId('notice').filter({ hasText: interpolate(en['escalations.releaseOrdered'], { person: 'Testov A.' }) }).waitFor();
      await screenshot(page, 'escalation-release-ordered.png');

      // then: the facility's release task, first in its inbox, shows the order
      await page.getByRole('button', { name: en['header.logout'] }).click();
      await signInInEnglish(page, stack.baseUrl, 'facility1');
      const release = await waitForTaskRow(page, kase.registerNumber, 'release');
      await release.getByTestId('release-ordered').waitFor();
      assert.equal(await release.getAttribute('data-overdue-liberty'), 'true');
    } finally {
      await screenshot(page, 'escalation-release-facility.png');
    }
  });
});
