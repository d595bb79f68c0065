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

interface OpenTask {
  id: string;
  registerNumber: string;
}

/** Registers (as officer1) a case whose suspect was detained 2 hours ago, and returns its open task of sending the detention record to the prosecutor. */
async function detentionRecordTask(stack: TestStack): Promise<OpenTask> {
  const now = Date.now();
  const created = await stack.api('/api/cases', {
    method: 'POST',
    body: registration(new Date(now - 3 * HOUR).toISOString(), [{ detainedAt: new Date(now - 2 * HOUR).toISOString(), lastName: 'Testov' }]),
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const { id: caseId, registerNumber } = created.body as { id: string; registerNumber: string };
  const task = await eventually(async () => ((await stack.api('/api/tasks')).body.items as Array<{ id: string; caseId: string; recordType: string }>)
    .find((t) => t.caseId === caseId && t.recordType === 'detention-record-to-prosecutor'), 'the detention record task');
  return { id: task.id, registerNumber };
}

async function userId(stack: TestStack, username: string): Promise<string> {
  const row = await stack.db('users').where({ username }).first('id');
  assert.ok(row, username);
  return row.id as string;
}

describe('browser task reassignment: tasks are claimed, given back and handed over by who may', function () {
  this.timeout(120_000);
  const suite = useBrowserSuite();
  let stack: TestStack;
  let page: Page;
  beforeEach(function () {
    ({ stack, page } = suite);
  });

  it('when the supervising prosecutor reassigns an investigator\'s task from officer1 to officer3 from the inbox, the task shows its new holder', async function () {
    // given: officer1 holds the task of sending the detention record
    const task = await detentionRecordTask(stack);
    const claimed = await stack.api(`/api/tasks/${task.id}/claim`, { method: 'POST' });
    assert.equal(claimed.status, 200, JSON.stringify(claimed.body));
    try {
      // when: the district prosecutor supervising BSK-01 opens the inbox
      await signInInEnglish(page, stack.baseUrl, 'prosecutor1');
      const row = page.locator(`[data-testid="inbox-supervised"] [data-testid="task-row"][data-task-id="${task.id}"]`);
      await row.waitFor();
      assert.equal(((await row.getByTestId('task-holder').textContent()) ?? '').trim(), 'Investigator A. Demo-Bishkek');
      assert.match(((await row.getByTestId('task-institution').textContent()) ?? '').trim(), /Investigative Unit, Leninsky District Police/);
      assert.equal(await row.getByTestId('task-claim').count(), 0, 'not the prosecutor\'s to perform');

      // and: reassigns it to officer3 with a note
      await row.getByTestId('task-hand-over').click();
      const form = page.getByTestId('assign-form');
      await form.waitFor();
      const options = await form.locator('[id="field-.userId"] option').allTextContents();
      assert.ok(options.some((o) => o.startsWith('Investigator H. Demo-Bishkek')), options.join(' | '));
      assert.ok(!options.some((o) => o.startsWith('Investigator A. Demo-Bishkek')), 'the holder is offered');
      await form.locator('[id="field-.userId"]').selectOption({ label: options.find((o) => o.startsWith('Investigator H.'))! });
      await form.locator('[id="field-.note"]').fill('Synthetic: officer1 is on leave.');
      await screenshot(page, 'task-reassignment-form.png');
      await form.getByRole('button', { name: en['assign.submit'] }).click();

      // then: the row names the new holder, and the inbox says so
      await page.getByTestId('notice').filter({ hasText: interpolate(en['assign.done'], { name: 'Investigator H. Demo-Bishkek' }) }).waitFor();
      await row.getByTestId('task-holder').filter({ hasText: 'Investigator H. Demo-Bishkek' }).waitFor();
      const after = await stack.api(`/api/tasks/${task.id}`, { user: 'officer3' });
      assert.equal(after.body.claimedBy, await userId(stack, 'officer3'));
    } finally {
      await screenshot(page, 'task-reassignment-done.png');
    }
  });

  it('when an investigator gives a task back, it leaves "My tasks" for "To do in my institution", where a colleague claims it', async function () {
    // given: officer1 holds a task
    const task = await detentionRecordTask(stack);
    assert.equal((await stack.api(`/api/tasks/${task.id}/claim`, { method: 'POST' })).status, 200);
    try {
      await signInInEnglish(page, stack.baseUrl, 'officer1');
      await waitForTaskRow(page, task.registerNumber, 'detention-record-to-prosecutor');
      const mine = page.locator(`[data-testid="inbox-mine"] [data-task-id="${task.id}"]`);
      await mine.waitFor();

      // when: he gives it back
      await mine.getByTestId('task-give-back').click();

      // then: it is his institution's to claim
      const institution = page.locator(`[data-testid="inbox-institution"] [data-task-id="${task.id}"]`);
      await institution.waitFor();
      assert.equal(((await institution.getByTestId('task-holder').textContent()) ?? '').trim(), en['task.unclaimed']);
      await page.getByTestId('notice').filter({ hasText: en['assign.givenBack'] }).waitFor();
      await screenshot(page, 'task-given-back.png');
      const claim = await stack.api(`/api/tasks/${task.id}/claim`, { method: 'POST', user: 'officer3' });
      assert.equal(claim.status, 200, JSON.stringify(claim.body));
    } finally {
      await screenshot(page, 'task-given-back.png');
    }
  });
});
