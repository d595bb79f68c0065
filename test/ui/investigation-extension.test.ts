import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { ru } from '../../ui/src/i18n/ru';
import { bishkekDate, eventually } from '../support/fixtures';
import type { TestStack } from '../support/stack';
import { bishkekLocal } from './bishkek-wall-clock';
import { signInInRussian } from './browser';
import { screenshot, useBrowserSuite } from './browser-suite';
import { completeByApi } from './complete-by-api';

const DAY = 86_400_000;

/**
 * Registers (as officer1) a case received 58 days ago and opened the next day, so its two months of
 * investigation (CPC KR 162) are nearly over, and returns the prosecutor's extension task.
 */
async function extensionTask(stack: TestStack): Promise<{ caseId: string; taskId: string }> {
  const now = Date.now();
  const created = await stack.api('/api/cases', {
    method: 'POST',
    body: {
      receivedAt: new Date(now - 58 * DAY).toISOString(), source: 'written-statement', summary: 'Synthetic test report: theft of a bicycle from a courtyard.',
      crimeArticle: 'CC 205(1)', gravity: 'less-grave', region: 'bishkek', place: 'Synthetic street 1',
      suspects: [{ lastName: 'Testov', firstName: 'Asan', birthDate: '1990-05-17', sex: 'male', detained: false }],
    },
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const caseId = created.body.id as string;
  const opened = new Date(now - 57 * DAY).toISOString();
  await completeByApi(stack, caseId, 'check-decision', { decidedAt: opened, decision: 'open-case', crimeArticles: ['CC 205(1)'], prosecutorCopySentAt: opened });
  const task = await eventually(async () => ((await stack.api('/api/tasks', { user: 'prosecutor1' })).body.items as Array<{ id: string; caseId: string; recordType: string }>)
    .find((t) => t.caseId === caseId && t.recordType === 'investigation-extension-decision'), 'the extension task');
  return { caseId, taskId: task.id };
}

describe('browser investigation extension: the deciding prosecutor\'s rung comes from the prosecutor, never from the form', function () {
  this.timeout(120_000);
  const suite = useBrowserSuite();
  let stack: TestStack;
  let page: Page;
  beforeEach(function () {
    ({ stack, page } = suite);
  });

  it('when the district prosecutor extends the investigation in the Russian UI, the form shows his rung read-only, does not send it, and the record holds it', async function () {
    const { caseId, taskId } = await extensionTask(stack);
    const sent: unknown[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith(`/api/tasks/${taskId}/complete`)) sent.push(request.postDataJSON());
    });
    try {
      await signInInRussian(page, stack.baseUrl, 'prosecutor1');
      await page.goto(`${stack.baseUrl}/tasks/${taskId}`);
      await page.getByTestId('task-form').waitFor();

      // then: "Extended by" is the prosecutor's own rung, read-only, said as being from his office and rank
      const authority = page.locator('[data-path="/authority"]');
      assert.equal(await authority.getAttribute('data-known-fact'), 'actor.ladderAuthority');
      assert.equal(await authority.locator('input').inputValue(), ru['enum.district-or-city-prosecutor']);
      assert.equal(await authority.locator('input').getAttribute('readonly'), '');
      assert.ok(((await authority.textContent()) ?? '').includes(ru['form.fromActor']));
      await screenshot(page, 'investigation-extension-form.png');

      // when: he extends it by one month (a district prosecutor may, up to 4 months in all)
      await page.locator('[id="field-.decidedAt"]').fill(bishkekLocal(Date.now() - 5 * 60_000));
      await page.locator('[id="field-.outcome"]').selectOption('extended');
      await page.locator('[id="field-.extendedByMonths"]').fill('1');
      await page.locator('[id="field-.newTermEndsOn"]').fill(bishkekDate(Date.now(), 0, 34));
      await page.locator('[id="field-.grounds"]').fill('Synthetic: expert examinations are not yet done.');
      await page.getByRole('button', { name: ru['task.submit'] }).click();
      await page.waitForURL(`**/cases/${caseId}`);

      // then: the rung was not sent; the server recorded it from the prosecutor
      assert.equal(sent.length, 1);
      assert.equal('authority' in ((sent[0] as { data: Record<string, unknown> }).data), false, JSON.stringify(sent[0]));
      const records = await stack.api(`/api/cases/${caseId}/records`, { user: 'prosecutor1' });
      const decision = (records.body.items as Array<{ recordType: string; data: Record<string, unknown> }>).find((r) => r.recordType === 'investigation-extension-decision');
      assert.equal(decision?.data.authority, 'district-or-city-prosecutor');
      await page.locator('[data-testid="timeline"] [data-record-type="investigation-extension-decision"]').waitFor();
    } finally {
      await screenshot(page, 'investigation-extension-recorded.png');
    }
  });
});
