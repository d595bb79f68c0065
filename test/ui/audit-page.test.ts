import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { ru } from '../../ui/src/i18n/ru';
import type { TestStack } from '../support/stack';
import { registration } from '../support/fixtures';
import { signInInRussian } from './browser';
import { screenshot, useBrowserSuite } from './browser-suite';

describe('browser: the auditor sees who read whose data', function () {
  this.timeout(120_000);
  const suite = useBrowserSuite();
  let stack: TestStack;
  let page: Page;
  beforeEach(function () {
    ({ stack, page } = suite);
  });

  it('when an investigator has read a case, the auditor lands on the access log and sees that read with the case and the unit, in Russian', async function () {
    try {
      const at = new Date(Date.now() - 3_600_000).toISOString();
      const kase = await stack.api('/api/cases', { method: 'POST', body: registration(at, [{ detainedAt: at }]) });
      assert.equal((await stack.api(`/api/cases/${kase.body.id}`)).status, 200);
      await signInInRussian(page, stack.baseUrl, 'auditor1');
      await page.getByTestId('audit-reads').waitFor();
      assert.match(page.url(), /\/audit$/);
      const row = page.getByTestId('audit-reads').locator('tr', { hasText: kase.body.registerNumber }).filter({ hasText: ru['audit.action.read-case-persons'] });
      await row.first().waitFor();
      assert.match((await row.first().textContent()) ?? '', /Investigator A\. Demo-Bishkek/);
      assert.ok(((await page.locator('nav.app-nav a').allTextContents()).map((s) => s.trim())).includes(ru['nav.audit']));
    } finally {
      await screenshot(page, 'audit-ru.png');
    }
  });
});
