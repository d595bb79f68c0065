import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { en } from '../../ui/src/i18n/en';
import { ru } from '../../ui/src/i18n/ru';
import { custodyMotion, registration } from '../support/fixtures';
import { startTestStack } from '../support/stack';
import { bishkekLocal, shownAs } from './bishkek-wall-clock';
import { ARTIFACTS, ensureFreshUiBuild, launchChromium, signInInEnglish } from './browser';
import { completeByApi } from './complete-by-api';
import { waitForTaskRow } from './inbox-task-row';

const HOUR = 3_600_000;

type Stack = Awaited<ReturnType<typeof startTestStack>>;

/** Fills the measure-decision form with custody but no term in months, which the server must refuse. */
async function fillCustodyWithoutTerm(page: Page, decidedAt: string, court: string) {
  await page.locator('[id="field-.decidedAt"]').fill(decidedAt);
  await page.locator('[id="field-.court"]').fill(court);
  await page.locator('[id="field-.outcome"]').selectOption('custody');
}

describe('browser slice: the investigating judge records the custody decision through the generated form', function () {
  this.timeout(120_000);
  let stack: Stack | undefined;
  let browser: Browser | undefined;

  before(async function () {
    ensureFreshUiBuild();
    stack = await startTestStack();
    browser = await launchChromium();
  });

  after(async function () {
    await browser?.close();
    await stack?.stop();
  });

  it('when custody is chosen without a term, shows the error beside the term field in the UI language and keeps the input; once corrected, the case timeline shows the decision', async function () {
    // given: a case whose adult suspect was detained 2 hours ago (synthetic names)
    const now = Date.now();
    const created = await stack!.api('/api/cases', {
      method: 'POST',
      body: registration(new Date(now - 3 * HOUR).toISOString(), [{ detainedAt: new Date(now - 2 * HOUR).toISOString(), lastName: 'Testov' }]),
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const { id: caseId, registerNumber } = created.body as { id: string; registerNumber: string };
    // and whose custody motion is on record (filed before the decision time typed below): the
    // judge's decision is refused (`precondition`) without one
    await completeByApi(stack!, caseId, 'measure-motion', custodyMotion(new Date(now - 20 * 60_000).toISOString()));

    // A browser far from Bishkek: the UI must still show and read Bishkek time.
    const context = await browser!.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'America/New_York' });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    try {
      // the decision is the investigating judge's (CPC KR 32), in the court the case's unit relates to
      await signInInEnglish(page, stack!.baseUrl, 'judge1');

      const row = await waitForTaskRow(page, registerNumber, 'measure-decision');
      assert.match((await row.textContent()) ?? '', /preventive measure/i, 'task title from the schema, in English');
      await row.getByRole('link', { name: 'Open' }).click();
      await page.waitForURL('**/tasks/**');
      await page.getByTestId('task-form').waitFor();

      // when: custody without the term in months
      const decidedAt = bishkekLocal(now - 10 * 60_000);
      const court = 'Synthetic District Court No. 3';
      await fillCustodyWithoutTerm(page, decidedAt, court);
      await page.getByRole('button', { name: 'Save and complete task' }).click();

      // then: the server's error sits next to termMonths, and what was typed is still there
      const termError = page.locator('[data-path="/termMonths"] [data-testid="form-error"]');
      await termError.waitFor();
      assert.equal(((await termError.textContent()) ?? '').trim(), en['fieldError.required']);
      assert.equal(await page.locator('[id="field-.termMonths"]').getAttribute('aria-invalid'), 'true');
      assert.equal(await page.locator('[id="field-.court"]').inputValue(), court);
      assert.equal(await page.locator('[id="field-.decidedAt"]').inputValue(), decidedAt);
      assert.match(page.url(), /\/tasks\//, 'still on the task page');

      // when: the same mistake in the Russian UI (stored the same way, then the page reloaded)
      await page.evaluate(() => window.localStorage.setItem('icj.lang', 'ru'));
      await page.reload();
      await page.getByTestId('task-form').waitFor();
      await fillCustodyWithoutTerm(page, decidedAt, court);
      await page.getByRole('button', { name: ru['task.submit'] }).click();

      // then: the error beside termMonths is the Russian text for the server's `required` code
      await termError.waitFor();
      assert.equal(((await termError.textContent()) ?? '').trim(), ru['fieldError.required']);
      assert.equal(await page.locator('[id="field-.termMonths"]').getAttribute('aria-invalid'), 'true');

      // when: the language is switched back to English in the header, then: the same error re-renders in English
      await page.getByTestId('language-select').selectOption('en');
      await termError.filter({ hasText: en['fieldError.required'] }).waitFor();
      assert.equal(((await termError.textContent()) ?? '').trim(), en['fieldError.required']);
      assert.equal(await page.locator('[id="field-.court"]').inputValue(), court);

      // when: the term is filled in
      await page.locator('[id="field-.termMonths"]').fill('2');
      await page.getByRole('button', { name: 'Save and complete task' }).click();

      // then: the case page's timeline holds the decision, its time shown in Bishkek time
      await page.waitForURL(`**/cases/${caseId}`);
      const record = page.locator('[data-testid="timeline"] [data-testid="record-item"][data-record-type="measure-decision"]');
      await record.waitFor();
      const text = (await record.textContent()) ?? '';
      assert.ok(text.includes(court), text);
      assert.ok(text.includes(shownAs(decidedAt)), `decision time ${shownAs(decidedAt)} in ${text}`);
      assert.match(text, /custody/);
      await page.getByTestId('case-header').getByText(registerNumber).waitFor();
    } finally {
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: path.join(ARTIFACTS, 'slice-case-page.png'), fullPage: true });
      await context.close();
    }
  });
});
